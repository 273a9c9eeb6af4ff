import type { ProposeEntryRequest, UpdateEntryRequest } from '../../../../contracts/knowledge.ts';
import type { Tx } from '../../../platform/db/database.ts';
import type { Actor } from '../../identity/access/actor.ts';
import { entryActionsOf } from '../policy.ts';
import { invalidField } from './errors.ts';
import { findEntries, findOrganisations } from './repository.ts';

// What the schema cannot check of an entry's fields: that the organisation named is one of the
// tenant's, that related entries are entries the contributor may read, and that the dates are in
// order. Each refusal is a 400 naming the field; nothing is saved.

type EntryFields = Partial<Omit<ProposeEntryRequest, 'language' | 'text'>> & Partial<UpdateEntryRequest>;

export async function checkEntryFields(
  tx: Tx,
  actor: Actor,
  tenantId: string,
  fields: EntryFields,
  current: { id?: string; startedOn: string | null; endedOn: string | null },
) {
  const organisationId = fields.contributingOrganisationId;
  if (organisationId) {
    const [found] = await findOrganisations(tx, tenantId, [organisationId]);
    if (!found)
      throw invalidField('contributingOrganisationId', 'unknown', 'is not an organisation of this tenant');
  }
  const related = fields.relatedEntryIds ?? [];
  if (current.id !== undefined && related.includes(current.id)) {
    throw invalidField('relatedEntryIds', 'self', 'an entry cannot be related to itself');
  }
  if (related.length > 0) {
    const readable = (await findEntries(tx, related)).filter((row) => entryActionsOf(actor, row).length > 0);
    if (readable.length !== related.length) {
      throw invalidField(
        'relatedEntryIds',
        'unknown',
        'names an entry that does not exist or that you may not read',
      );
    }
  }
  const startedOn = fields.startedOn === undefined ? current.startedOn : fields.startedOn;
  const endedOn = fields.endedOn === undefined ? current.endedOn : fields.endedOn;
  if (startedOn && endedOn && endedOn < startedOn) {
    throw invalidField('endedOn', 'before_start', 'must not be before startedOn');
  }
}
