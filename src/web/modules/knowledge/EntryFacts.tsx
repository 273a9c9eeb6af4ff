import { Fragment, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../contracts/knowledge';
import {
  ENTRY_KIND_NAMES,
  FACILITY_TYPE_NAMES,
  KNOWLEDGE_ACTOR_NAMES,
  LANGUAGE_NAMES,
  type Names,
  PREVENTION_LEVEL_NAMES,
  REGION_NAMES,
  TARGET_GROUP_NAMES,
  THEME_NAMES,
} from '../../../contracts/knowledge-taxonomy';
import classes from './knowledge.module.css';
import { countryName, formatDay, formatInstant } from './place';
import { TranslationOrigin } from './TranslationOrigin';
import { taxonomyName, useUiLanguage } from './taxonomy-names';

interface Fact {
  termKey:
    | 'knowledge.facts.kind'
    | 'knowledge.facts.publisher'
    | 'knowledge.facts.organisation'
    | 'knowledge.facts.contributor'
    | 'knowledge.facts.country'
    | 'knowledge.facts.region'
    | 'knowledge.facts.facilityTypes'
    | 'knowledge.facts.themes'
    | 'knowledge.facts.targetGroups'
    | 'knowledge.facts.preventionLevels'
    | 'knowledge.facts.actors'
    | 'knowledge.facts.period'
    | 'knowledge.facts.published'
    | 'knowledge.facts.updated'
    | 'knowledge.facts.translations';
  value: ReactNode;
  testId: string;
}

/** Codes as names in the interface language, joined as that language joins a list. */
function namesOf(table: Readonly<Record<string, Names>>, codes: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(
    codes.map((code) => taxonomyName(table, code, language)),
  );
}

/**
 * The entry's context and classification as a description list: kind, who published and
 * contributed it, where, for whom, who was involved, when. Empty facts are left out.
 */
export function EntryFacts({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const period =
    entry.startedOn && entry.endedOn
      ? t('knowledge.facts.fromTo', {
          from: formatDay(entry.startedOn, language),
          to: formatDay(entry.endedOn, language),
        })
      : entry.startedOn
        ? t('knowledge.facts.since', { from: formatDay(entry.startedOn, language) })
        : null;
  const list = (table: Readonly<Record<string, Names>>, codes: readonly string[]) =>
    codes.length > 0 ? namesOf(table, codes, language) : null;
  const facts: (Fact | false)[] = [
    {
      termKey: 'knowledge.facts.kind',
      value: taxonomyName(ENTRY_KIND_NAMES, entry.kind, language),
      testId: 'entry-fact-kind',
    },
    {
      termKey: 'knowledge.facts.publisher',
      value: <bdi dir="auto">{entry.publisher}</bdi>,
      testId: 'entry-fact-publisher',
    },
    !!entry.contributingOrganisation && {
      termKey: 'knowledge.facts.organisation',
      value: <bdi dir="auto">{entry.contributingOrganisation.name}</bdi>,
      testId: 'entry-fact-organisation',
    },
    !!entry.contributorName && {
      termKey: 'knowledge.facts.contributor',
      value: <bdi dir="auto">{entry.contributorName}</bdi>,
      testId: 'entry-fact-contributor',
    },
    !!entry.country && {
      termKey: 'knowledge.facts.country',
      value: countryName(entry.country, language),
      testId: 'entry-fact-country',
    },
    !!entry.region && {
      termKey: 'knowledge.facts.region',
      value: taxonomyName(REGION_NAMES, entry.region, language),
      testId: 'entry-fact-region',
    },
    {
      termKey: 'knowledge.facts.facilityTypes',
      value: list(FACILITY_TYPE_NAMES, entry.facilityTypes),
      testId: 'entry-fact-facility-types',
    },
    {
      termKey: 'knowledge.facts.themes',
      value: list(THEME_NAMES, entry.themes),
      testId: 'entry-fact-themes',
    },
    {
      termKey: 'knowledge.facts.targetGroups',
      value: list(TARGET_GROUP_NAMES, entry.targetGroups),
      testId: 'entry-fact-target-groups',
    },
    {
      termKey: 'knowledge.facts.preventionLevels',
      value: list(PREVENTION_LEVEL_NAMES, entry.preventionLevels),
      testId: 'entry-fact-prevention-levels',
    },
    {
      termKey: 'knowledge.facts.actors',
      value: list(KNOWLEDGE_ACTOR_NAMES, entry.actors),
      testId: 'entry-fact-actors',
    },
    { termKey: 'knowledge.facts.period', value: period, testId: 'entry-fact-period' },
    !!entry.publishedAt && {
      termKey: 'knowledge.facts.published',
      value: formatInstant(entry.publishedAt, language),
      testId: 'entry-fact-published',
    },
    {
      termKey: 'knowledge.facts.updated',
      value: formatInstant(entry.updatedAt, language),
      testId: 'entry-fact-updated',
    },
    {
      termKey: 'knowledge.facts.translations',
      value: (
        <ul className={classes.linkList}>
          {entry.translations.map((translation) => (
            <li key={translation.language}>
              <span lang={translation.language}>{LANGUAGE_NAMES[translation.language]}</span>
              {': '}
              <TranslationOrigin translation={translation} />
            </li>
          ))}
        </ul>
      ),
      testId: 'entry-fact-translations',
    },
  ];
  return (
    <dl className={classes.facts} data-testid="entry-facts">
      {facts
        .filter((fact): fact is Fact => !!fact && fact.value !== null)
        .map((fact) => (
          <Fragment key={fact.testId}>
            <dt>{t(fact.termKey)}</dt>
            <dd data-testid={fact.testId}>{fact.value}</dd>
          </Fragment>
        ))}
    </dl>
  );
}
