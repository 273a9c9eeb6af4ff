import type { Actor } from '../../identity/access/actor.ts';
import type { LibraryReader } from '../public/library-reader.ts';

/** The signed-in actor as a reader of the library: their tenant and organisation decide what they see. */
export function memberReader(actor: Actor): LibraryReader {
  return { kind: 'member', tenantId: actor.tenantId, organisationId: actor.organisationId };
}
