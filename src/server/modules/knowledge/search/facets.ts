import { type SQL, sql } from 'drizzle-orm';
import type { FacetCount, SearchQuery, SearchResult } from '../../../../contracts/knowledge-search.ts';

// The facets of a search and their filters. Values of one facet are or-ed, facets and-ed. A facet's
// counts are taken over the matching set with every other facet's filter applied but not its own,
// so that choosing a theme still shows how many entries each other theme would give.

export const FACETS = ['theme', 'targetGroup', 'region', 'evidenceLevel', 'kind', 'entryLanguage'] as const;
export type Facet = (typeof FACETS)[number];

/** The filters of a search (the contract's enums; typed loosely by TypeBox, hence String below). */
export type SearchFilters = Pick<SearchQuery, Facet>;

/** A list of codes as an SQL text array (codes are the contract's enums: letters, digits, underscores). */
const codes = (values: readonly unknown[]) =>
  sql`string_to_array(${values.map(String).join(',')}, ',')::text[]`;

/** Over the `visible` rows (alias v): the condition each facet's filter puts, when it has values. */
function conditionOf(facet: Facet, values: readonly unknown[]): SQL {
  switch (facet) {
    case 'theme':
      return sql`v.themes && ${codes(values)}`;
    case 'targetGroup':
      return sql`v.target_groups && ${codes(values)}`;
    case 'region':
      return sql`v.region = any (${codes(values)})`;
    case 'evidenceLevel':
      return sql`v.evidence_level = any (${codes(values)})`;
    case 'kind':
      return sql`v.kind = any (${codes(values)})`;
    case 'entryLanguage':
      return sql`v.languages && ${codes(values)}`;
  }
}

/** Every filter of the search, except `except`'s, as one condition (`true` when there is none). */
export function filtersExcept(filters: SearchFilters, except?: Facet): SQL {
  const conditions = FACETS.filter((facet) => facet !== except && (filters[facet]?.length ?? 0) > 0).map(
    (facet) => conditionOf(facet, filters[facet] ?? []),
  );
  return conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `);
}

/** The values a facet takes on a row of `visible` (one row per value). */
const VALUES: Record<Facet, SQL> = {
  theme: sql`unnest(v.themes)`,
  targetGroup: sql`unnest(v.target_groups)`,
  region: sql`v.region`,
  evidenceLevel: sql`v.evidence_level`,
  kind: sql`v.kind`,
  entryLanguage: sql`unnest(v.languages)`,
};

/** One query part counting every facet over `visible` (facet, value, count rows). */
export function facetCounts(filters: SearchFilters): SQL {
  const parts = FACETS.map(
    (facet) => sql`select ${facet}::text as facet, f.value, count(*)::int as count
                     from (select ${VALUES[facet]} as value from visible v where ${filtersExcept(filters, facet)}) f
                    where f.value is not null
                    group by f.value`,
  );
  return sql.join(parts, sql` union all `);
}

/** The counts as the contract has them: each facet's values, most entries first, then by code. */
export function presentFacets(
  rows: readonly { facet: string; value: string; count: number }[],
): SearchResult['facets'] {
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, [] as FacetCount[]])) as Record<
    Facet,
    FacetCount[]
  >;
  for (const row of rows) facets[row.facet as Facet]?.push({ value: row.value, count: row.count });
  for (const list of Object.values(facets))
    list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
  return facets;
}
