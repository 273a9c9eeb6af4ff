// Which time zone names a facility may have. The runtime's list (Intl.supportedValuesOf) holds one
// name per zone, and on Node 20 that is often the older one (Asia/Calcutta, Europe/Kiev), while
// browsers and people use the current IANA names (Asia/Kolkata, Europe/Kyiv). So a name is accepted
// when it is on the list, is UTC, or is spelt as IANA spells names (each part capitalised) and the
// runtime resolves it to a zone on the list. Lower-case spellings ("africa/tunis") are refused: the
// name is stored as given, and every later reader should find it exactly as IANA writes it.

let listed: ReadonlySet<string> | undefined;
const ALLOWED_CHARACTERS = /^[A-Za-z0-9_+\-/]{1,64}$/;
const CAPITALISED_PARTS = /^[A-Z][A-Za-z0-9_+-]*(?:\/[A-Z][A-Za-z0-9_+-]*)*$/;

function listedZones(): ReadonlySet<string> {
  listed ??= new Set([...Intl.supportedValuesOf('timeZone'), 'UTC']);
  return listed;
}

/** Whether `name` is a real IANA time zone as this runtime knows them. */
export function isKnownTimeZone(name: string): boolean {
  const zones = listedZones();
  if (zones.has(name)) return true;
  if (!ALLOWED_CHARACTERS.test(name) || !CAPITALISED_PARTS.test(name)) return false;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch (error) {
    if (error instanceof RangeError) return false;
    throw error;
  }
  // A case variant of a listed name is not a spelling of it ("Africa/TUNIS").
  const lower = name.toLowerCase();
  for (const zone of zones) if (zone.toLowerCase() === lower) return false;
  return zones.has(resolved);
}
