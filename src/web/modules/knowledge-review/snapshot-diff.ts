// What changed between two saved versions of an entry: their snapshots flattened to paths
// ("themes", "translations.fr.title"), then compared path by path. Translations are keyed by their
// language rather than their place in the list, so adding a language reads as that language only.

export interface FieldChange {
  path: string;
  before: string;
  after: string;
}

/** Fields every save changes by itself: not worth showing as a change. */
const BOOKKEEPING = new Set(['version', 'updatedAt', 'actions', 'warnings', 'mine']);

function keyOf(item: unknown, index: number): string {
  if (typeof item === 'object' && item !== null && 'language' in item) {
    const language = (item as { language: unknown }).language;
    if (typeof language === 'string') return language;
  }
  return String(index);
}

function flatten(value: unknown, prefix: string, into: Map<string, string>) {
  if (Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null)) {
    if (value.length === 0) into.set(prefix, '');
    for (const [index, item] of value.entries()) {
      const key = keyOf(item, index);
      // A translation named by its language need not repeat it as a field.
      const { language: _language, ...rest } = item as Record<string, unknown>;
      flatten(key === String(index) ? item : rest, `${prefix}.${key}`, into);
    }
    return;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if (!prefix && BOOKKEEPING.has(key)) continue;
      flatten(inner, prefix ? `${prefix}.${key}` : key, into);
    }
    return;
  }
  into.set(
    prefix,
    Array.isArray(value) ? value.join(', ') : value === null || value === undefined ? '' : String(value),
  );
}

export function flattenSnapshot(snapshot: Record<string, unknown>): Map<string, string> {
  const into = new Map<string, string>();
  flatten(snapshot, '', into);
  return into;
}

/** The fields that differ, in the order of the newer snapshot, then those it no longer has. */
export function snapshotChanges(
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
): FieldChange[] {
  const old = before ? flattenSnapshot(before) : new Map<string, string>();
  const now = flattenSnapshot(after);
  const changes: FieldChange[] = [];
  for (const [path, value] of now) {
    const previous = old.get(path) ?? '';
    if (previous !== value) changes.push({ path, before: previous, after: value });
  }
  for (const [path, value] of old) {
    if (!now.has(path) && value !== '') changes.push({ path, before: value, after: '' });
  }
  return changes;
}

/** A long value cut to `length` characters, with an ellipsis when cut. */
export function shortened(value: string, length = 160): string {
  return value.length > length ? `${value.slice(0, length - 1)}…` : value;
}
