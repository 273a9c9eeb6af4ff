import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// A caller (a reverse proxy, another service) may pass its own id so that logs join up; only a
// short, plain token is accepted, so that nothing can be injected into the logs through it.
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && ACCEPTABLE_ID.test(given) ? given : randomUUID();
}
