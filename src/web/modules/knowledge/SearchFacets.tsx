import { Button, Checkbox } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FacetCount, SearchResult } from '../../../contracts/knowledge-search';
import {
  ENTRY_KIND_NAMES,
  EVIDENCE_LEVEL_NAMES,
  LANGUAGE_NAMES,
  type Names,
  REGION_NAMES,
  TARGET_GROUP_NAMES,
  THEME_NAMES,
} from '../../../contracts/knowledge-taxonomy';
import { formatNumber } from '../../i18n/format';
import classes from './knowledge.module.css';
import { FACET_NAMES, FACETS, type FacetName, hasFilters, type LibrarySearch } from './search-params';
import { taxonomyName, useUiLanguage } from './taxonomy-names';

// Each facet's legend, and where its values' names come from (knowledge-taxonomy.ts, never the catalogues).
const FACET_LABELS = {
  theme: { legendKey: 'knowledge.facets.theme', names: THEME_NAMES },
  targetGroup: { legendKey: 'knowledge.facets.targetGroup', names: TARGET_GROUP_NAMES },
  region: { legendKey: 'knowledge.facets.region', names: REGION_NAMES },
  evidenceLevel: { legendKey: 'knowledge.facets.evidenceLevel', names: EVIDENCE_LEVEL_NAMES },
  kind: { legendKey: 'knowledge.facets.kind', names: ENTRY_KIND_NAMES },
  entryLanguage: { legendKey: 'knowledge.facets.entryLanguage', names: null },
} as const satisfies Record<FacetName, { legendKey: string; names: Readonly<Record<string, Names>> | null }>;

/**
 * The values of one facet to offer: those the server counted, in the reference list's order, and any
 * value ticked in the address that now counts nothing (so that it can still be unticked).
 */
function choicesOf(facet: FacetName, counts: readonly FacetCount[], ticked: readonly string[]) {
  const countOf = new Map(counts.map((count) => [count.value, count.count]));
  return (FACETS[facet] as readonly string[])
    .filter((value) => countOf.has(value) || ticked.includes(value))
    .map((value) => ({ value, count: countOf.get(value) ?? 0 }));
}

/**
 * The facets as groups of ticks with their counts. On a narrow screen they fold behind a "Filters"
 * button (the panel sits above the results); on a wide one they are always shown beside them.
 */
export function SearchFacets({
  search,
  facets,
  onToggle,
  onClear,
}: {
  search: LibrarySearch;
  facets: SearchResult['facets'];
  onToggle: (facet: FacetName, value: string) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  return (
    <aside aria-label={t('knowledge.facets.label')} data-testid="library-facets-region">
      <Button
        variant="outline"
        size="md"
        className={classes.filtersToggle}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        data-testid="library-filters-toggle"
      >
        {open ? t('knowledge.facets.hide') : t('knowledge.facets.show')}
      </Button>
      <div id={panelId} className={classes.facets} data-open={open} data-testid="library-facets">
        {FACET_NAMES.map((facet) => {
          const choices = choicesOf(facet, facets[facet], search.filters[facet]);
          if (choices.length === 0) return null;
          const { legendKey, names } = FACET_LABELS[facet];
          return (
            <fieldset key={facet} className={classes.facetGroup} data-testid={`facet-${facet}`}>
              <legend>{t(legendKey)}</legend>
              <div className={classes.facetChoices}>
                {choices.map(({ value, count }) => (
                  <Checkbox
                    key={value}
                    size="md"
                    value={value}
                    checked={search.filters[facet].includes(value)}
                    onChange={() => onToggle(facet, value)}
                    data-testid={`facet-${facet}-${value}`}
                    label={
                      <>
                        {names ? (
                          <bdi>{taxonomyName(names as Readonly<Record<string, Names>>, value, language)}</bdi>
                        ) : (
                          <bdi lang={value}>{LANGUAGE_NAMES[value as keyof typeof LANGUAGE_NAMES]}</bdi>
                        )}{' '}
                        <span data-testid="facet-count">({formatNumber(count, language)})</span>
                      </>
                    }
                  />
                ))}
              </div>
            </fieldset>
          );
        })}
        {hasFilters(search) && (
          <Button variant="subtle" size="md" onClick={onClear} data-testid="library-clear-filters">
            {t('knowledge.facets.clear')}
          </Button>
        )}
      </div>
    </aside>
  );
}
