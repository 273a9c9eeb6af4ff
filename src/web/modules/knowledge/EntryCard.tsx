import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntrySummary } from '../../../contracts/knowledge';
import type { SearchHit } from '../../../contracts/knowledge-search';
import {
  ENTRY_KIND_NAMES,
  type KnowledgeLanguage,
  LANGUAGE_NAMES,
  PUBLISHED_STATUSES,
} from '../../../contracts/knowledge-taxonomy';
import { directionOf } from '../../i18n/languages';
import { DemonstrationLabel } from './DemonstrationLabel';
import { EntryStatusBadge } from './EntryStatusBadge';
import { EvidenceBadge } from './EvidenceBadge';
import { HighlightedText } from './HighlightedText';
import classes from './knowledge.module.css';
import { LIBRARY_ROUTES } from './library-routes';
import { placeOf } from './place';
import { useTaxonomyName, useUiLanguage } from './taxonomy-names';

/** Language names, each in its own script and marked so, joined as the interface language joins a list. */
export function LanguageList({ codes, language }: { codes: readonly KnowledgeLanguage[]; language: string }) {
  let next = 0;
  const parts = new Intl.ListFormat(language, { type: 'conjunction', style: 'narrow' }).formatToParts(
    codes.map((code) => LANGUAGE_NAMES[code]),
  );
  return (
    <>
      {parts.map((part) => {
        if (part.type === 'literal') return part.value;
        const code = codes[next++] as KnowledgeLanguage;
        return (
          <span key={code} lang={code}>
            {part.value}
          </span>
        );
      })}
    </>
  );
}

/**
 * One entry in a list (home, search, "more like this"): its title as a link, kind, evidence, status,
 * the languages it exists in, where it comes from, and the search passage or its summary. The title
 * and text are in the entry's language (`lang`), each paragraph finding its own direction.
 */
export function EntryCard({
  entry,
  headingLevel = 3,
}: {
  entry: EntrySummary | SearchHit;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const name = useTaxonomyName();
  const language = useUiLanguage();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const highlight = 'highlight' in entry ? entry.highlight : undefined;
  const place = placeOf(entry.country, entry.region, language);
  const published = (PUBLISHED_STATUSES as readonly string[]).includes(entry.status);
  return (
    <article className={classes.card} data-testid="entry-card">
      <Heading className={classes.cardTitle} lang={entry.language} dir={directionOf(entry.language)}>
        <Link to={LIBRARY_ROUTES.entry(entry.id)} data-testid="entry-card-link">
          <bdi>{entry.title}</bdi>
        </Link>
      </Heading>
      <div className={classes.badges}>
        <span className={classes.kind} data-testid="entry-kind">
          {name(ENTRY_KIND_NAMES, entry.kind)}
        </span>
        <EvidenceBadge level={entry.evidenceLevel} />
        {published && <EntryStatusBadge status={entry.status} />}
        {entry.demonstration && <DemonstrationLabel />}
      </div>
      {highlight ? (
        <HighlightedText text={highlight} lang={entry.language} testId="entry-card-highlight" />
      ) : (
        entry.summary && (
          <p
            dir="auto"
            lang={entry.language}
            className={classes.cardSummary}
            data-testid="entry-card-summary"
          >
            {entry.summary}
          </p>
        )
      )}
      <p className={classes.cardMeta}>
        {place && <span data-testid="entry-card-place">{t('knowledge.card.place', { place })}</span>}
        <span data-testid="entry-card-languages">
          {t('knowledge.card.languages')} <LanguageList codes={entry.languages} language={language} />
        </span>
      </p>
    </article>
  );
}
