import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { AppError } from '../../platform/http/problem.ts';

// Break-glass (DESIGN.md §4.4): a user outside a record's scope, holding a role the entity's policy
// lets break the glass, may open it read-only by giving a reason. The reason travels in the
// X-Break-Glass-Reason header (reads) or a `breakGlassReason` body field (requests with a body). It
// is stored as the audit entry's purpose and shown to oversight, so the screen that asks for it must
// say so and ask for no personal details.

export const BREAK_GLASS_HEADER = 'x-break-glass-reason';

/** Shortest and longest reason, in characters (code points): a word in any script, up to what the trail holds. */
export const BREAK_GLASS_REASON_LENGTH = { min: 3, max: 1000 } as const;

/** The body field for routes that take one; the header serves reads. */
export const BreakGlassReasonField = Type.String({
  minLength: BREAK_GLASS_REASON_LENGTH.min,
  maxLength: BREAK_GLASS_REASON_LENGTH.max,
  description: 'Why a record outside your scope must be opened; shown to oversight. Opens it read-only.',
});

// Control characters other than line breaks and tabs cannot be a reason (and NUL cannot be stored).
const hasControl = (text: string) => /\p{Cc}/u.test(text.replace(/[\t\n\r]/g, ''));

const refused = (path: string, message: string) =>
  new AppError(
    400,
    'request.validation',
    'Invalid request',
    'The break-glass reason is not valid; see errors.',
    [{ path, code: 'break_glass_reason', message }],
  );

/**
 * The break-glass reason a request gives, trimmed, or null when it gives none. The header is
 * percent-encoded UTF-8 (`encodeURIComponent`), since header values cannot carry most scripts.
 * Throws a 400 problem naming the field when the reason is malformed, or when the header and the
 * body both give one.
 */
export function breakGlassReasonOf(request: FastifyRequest, bodyReason?: string): string | null {
  const header = request.headers[BREAK_GLASS_HEADER];
  const headerPath = `/headers/${BREAK_GLASS_HEADER}`;
  if (Array.isArray(header)) throw refused(headerPath, 'give one reason, in one header');
  if (header !== undefined && bodyReason !== undefined) {
    throw refused('/body/breakGlassReason', 'give the reason in the body or in the header, not both');
  }
  if (bodyReason !== undefined) return checkedReason(bodyReason, '/body/breakGlassReason');
  if (header === undefined) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(header);
  } catch (error) {
    if (!(error instanceof URIError)) throw error;
    throw refused(headerPath, 'must be percent-encoded UTF-8 (encodeURIComponent)');
  }
  return checkedReason(decoded, headerPath);
}

function checkedReason(raw: string, path: string): string {
  const reason = raw.normalize('NFC').trim();
  const length = [...reason].length;
  if (length < BREAK_GLASS_REASON_LENGTH.min || length > BREAK_GLASS_REASON_LENGTH.max) {
    throw refused(
      path,
      `must be ${BREAK_GLASS_REASON_LENGTH.min} to ${BREAK_GLASS_REASON_LENGTH.max} characters long`,
    );
  }
  if (hasControl(reason)) throw refused(path, 'must not contain control characters');
  return reason;
}
