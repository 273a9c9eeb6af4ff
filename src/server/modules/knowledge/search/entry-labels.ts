import {
  ENTRY_KIND_NAMES,
  type KnowledgeLanguage,
  REGION_NAMES,
  TARGET_GROUP_NAMES,
  THEME_NAMES,
} from '../../../../contracts/knowledge-taxonomy.ts';
import type { knowledgeEntries } from '../schema.ts';

type EntryRow = typeof knowledgeEntries.$inferSelect;

/**
 * What an entry is about, in words of one language: its kind, themes, target groups and region.
 * Indexed with every language's row, so an entry is found by what it is about in any language.
 */
export function entryLabels(
  entry: Pick<EntryRow, 'kind' | 'themes' | 'targetGroups' | 'region'>,
  language: KnowledgeLanguage,
): string {
  return [
    ENTRY_KIND_NAMES[entry.kind][language],
    ...entry.themes.map((theme) => THEME_NAMES[theme][language]),
    ...entry.targetGroups.map((group) => TARGET_GROUP_NAMES[group][language]),
    ...(entry.region ? [REGION_NAMES[entry.region][language]] : []),
  ].join('. ');
}
