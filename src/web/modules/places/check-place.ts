import type { TFunction } from 'i18next';
import { FACILITY_CAPACITY_MAX } from '../../../contracts/administration';

// What can be told before sending, in the reader's words, by the rules of the shared contract
// (src/contracts/administration.ts): whether a name or a code is already taken only the server knows.

export const PLACE_NAME_MAX_LENGTH = 200;
/** The contract's facility code: upper-case letters, digits and dashes, 1 to 20, not starting with a dash. */
export const FACILITY_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{0,19}$/;
const CONTROL_CHARACTER = /\p{Cc}/u;

/** The problem of a name (trimmed before sending), if any. */
export function nameProblem(name: string, t: TFunction): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return t('places.errors.nameRequired');
  // The server counts characters, not UTF-16 units.
  if ([...trimmed].length > PLACE_NAME_MAX_LENGTH) {
    return t('places.errors.nameTooLong', { max: PLACE_NAME_MAX_LENGTH });
  }
  if (CONTROL_CHARACTER.test(trimmed)) return t('places.errors.nameControl');
  return undefined;
}

/** A code as it is sent: without spaces at either end, in capitals. */
export function normaliseCode(code: string): string {
  return code.trim().toUpperCase();
}

export function codeProblem(code: string, t: TFunction): string | undefined {
  const normalised = normaliseCode(code);
  if (normalised === '') return t('places.errors.codeRequired');
  if (!FACILITY_CODE_PATTERN.test(normalised)) return t('places.errors.codeFormat');
  return undefined;
}

// Digits typed on an Arabic or Persian keyboard count as digits.
const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= EXTENDED_ARABIC_INDIC_ZERO ? EXTENDED_ARABIC_INDIC_ZERO : ARABIC_INDIC_ZERO;
    return String(code - zero);
  });
}

/** A capacity as typed: empty is "not recorded" (null); otherwise a whole number in range, or a problem. */
export type CapacityReading = { ok: true; value: number | null } | { ok: false };

export function readCapacity(text: string): CapacityReading {
  const digits = westernDigits(text.trim());
  if (digits === '') return { ok: true, value: null };
  if (!/^\d{1,7}$/.test(digits)) return { ok: false };
  const value = Number(digits);
  return value >= 1 && value <= FACILITY_CAPACITY_MAX ? { ok: true, value } : { ok: false };
}

export function capacityProblem(text: string, t: TFunction): string | undefined {
  return readCapacity(text).ok
    ? undefined
    : t('places.errors.capacityRange', { min: 1, max: FACILITY_CAPACITY_MAX });
}
