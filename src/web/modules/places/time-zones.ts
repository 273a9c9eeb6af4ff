import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';

// The IANA time zones the reader's browser knows, for the facility's zone. The server accepts the
// names its own runtime lists, UTC, and current names it resolves (docs/security.md), so a zone offered
// here and not known there is refused next to the field, never silently changed.

let known: readonly string[] | undefined;

/** Every zone this browser lists, with UTC (which some browsers leave out), in alphabetical order. */
export function timeZoneNames(): readonly string[] {
  known ??= [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC'])].sort();
  return known;
}

/** The zones to offer; a facility's current zone stays among them even if this browser does not list it. */
export function timeZoneChoices(current?: string): string[] {
  const names = timeZoneNames();
  if (!current || names.includes(current)) return [...names];
  return [...names, current].sort();
}

/** Lower case, without accents, with "_" and "/" as spaces: "buenos aires" finds America/Buenos_Aires. */
function searchable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[_/]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a zone matches what was typed: every word typed appears in the zone's name. */
export function matchesTimeZone(zone: string, search: string): boolean {
  const haystack = searchable(zone);
  return searchable(search)
    .split(' ')
    .every((word) => haystack.includes(word));
}

const isItem = (option: ComboboxParsedItem): option is ComboboxItem => !('group' in option);

/** The time zone select's filter (Mantine's matches only the exact label, underscores included). */
export const timeZoneFilter: OptionsFilter = ({ options, search, limit }) => {
  const found: ComboboxParsedItem[] = [];
  for (const option of options) {
    if (found.length >= limit) break;
    if (isItem(option) && matchesTimeZone(option.label, search)) found.push(option);
  }
  return found;
};
