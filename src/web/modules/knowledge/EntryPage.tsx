import { Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Entry, Translation } from '../../../contracts/knowledge';
import { PUBLIC_KNOWLEDGE_PATHS } from '../../../contracts/knowledge-public';
import { PUBLISHED_STATUSES } from '../../../contracts/knowledge-taxonomy';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Notice } from '../../app/ui/Notice';
import { Pending } from '../../app/ui/Pending';
import { directionOf } from '../../i18n/languages';
import { DemonstrationLabel } from './DemonstrationLabel';
import { EntryActions } from './EntryActions';
import { EntryFacts } from './EntryFacts';
import { EntryLanguageSwitch } from './EntryLanguageSwitch';
import { EntryReferences } from './EntryReferences';
import { EntryStatusBadge } from './EntryStatusBadge';
import { EntryTextSections } from './EntryTextSections';
import { EvidenceBadge } from './EvidenceBadge';
import classes from './knowledge.module.css';
import { isNotFound, useEntry, useReader } from './knowledge-api';
import { LIBRARY_ROUTES } from './library-routes';
import { formatInstant } from './place';
import { SimilarEntriesSection } from './SimilarEntriesSection';
import { useUiLanguage } from './taxonomy-names';

/**
 * The translation to show: the one the address names (`?lang=`), else the interface language's, else
 * the original (the server lists it first).
 */
export function shownTranslation(
  entry: Entry,
  requested: string | null,
  uiLanguage: string,
): Translation | undefined {
  const find = (language: string | null) =>
    entry.translations.find((translation) => translation.language === language);
  return find(requested) ?? find(uiLanguage) ?? entry.translations[0];
}

/**
 * `/library/entries/:entryId?lang=xx`: one entry, in the language chosen among its translations.
 * Signed in it comes from the reader's API (restricted entries too, and the reader's actions); signed
 * out from the public one. An unknown, unpublished or unreadable entry is "not found", alike.
 */
export function EntryPage() {
  const { t } = useTranslation();
  const { entryId = '' } = useParams();
  const [params] = useSearchParams();
  const language = useUiLanguage();
  const entry = useEntry(entryId, language);
  const { signedIn } = useReader();
  const translation = entry.data ? shownTranslation(entry.data, params.get('lang'), language) : undefined;
  usePageTitle(
    translation?.title ??
      (entry.isError ? t('knowledge.entry.notFoundTitle') : t('knowledge.entry.pageTitle')),
  );

  if (entry.data && translation) {
    return <EntryView entry={entry.data} translation={translation} signedIn={signedIn === true} />;
  }
  return (
    <Stack gap="lg" className={pageClasses.page} data-testid="page-library-entry">
      {entry.isError && isNotFound(entry.error) ? (
        <>
          <h1>{t('knowledge.entry.notFoundTitle')}</h1>
          <Notice
            tone="info"
            role="status"
            title={t('knowledge.entry.notFoundTitle')}
            data-testid="entry-not-found"
          >
            <p>{t('knowledge.entry.notFound')}</p>
            <p>
              <Link to={LIBRARY_ROUTES.home}>{t('knowledge.entry.backToLibrary')}</Link>
            </p>
          </Notice>
        </>
      ) : entry.isError ? (
        <>
          <h1>{t('knowledge.entry.pageTitle')}</h1>
          <LoadFailed
            title={t('knowledge.entry.loadFailed')}
            error={entry.error}
            onRetry={() => entry.refetch()}
            testId="entry-load-failed"
          />
        </>
      ) : (
        <Pending label={t('knowledge.entry.loading')} testId="entry-pending" />
      )}
    </Stack>
  );
}

function EntryView({
  entry,
  translation,
  signedIn,
}: {
  entry: Entry;
  translation: Translation;
  signedIn: boolean;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const published = (PUBLISHED_STATUSES as readonly string[]).includes(entry.status);
  const requested = translation.language === entry.originalLanguage ? undefined : translation.language;
  const shareUrl = `${globalThis.location?.origin ?? ''}${PUBLIC_KNOWLEDGE_PATHS.entryPage(entry.id)}${
    requested ? `?lang=${requested}` : ''
  }`;
  return (
    <Stack gap="lg" className={pageClasses.page} data-testid="page-library-entry">
      <p>
        <Link to={LIBRARY_ROUTES.home}>{t('knowledge.entry.backToLibrary')}</Link>
      </p>
      <header className={classes.entryHeader} data-testid="entry-header">
        <h1 lang={translation.language} dir={directionOf(translation.language)} data-testid="entry-title">
          {translation.title}
        </h1>
        <div className={classes.badges}>
          <EntryStatusBadge status={entry.status} />
          {entry.demonstration && <DemonstrationLabel />}
        </div>
        <EntryLanguageSwitch entryId={entry.id} translations={entry.translations} shown={translation} />
      </header>
      {entry.demonstration && (
        <p className={pageClasses.note} data-testid="entry-demonstration-notice">
          {t('knowledge.entry.demonstrationNotice')}
        </p>
      )}
      {entry.archivedAt && (
        <Notice
          tone="info"
          role="status"
          title={t('knowledge.entry.archivedTitle')}
          data-testid="entry-archived"
        >
          <p>{t('knowledge.entry.archived', { date: formatInstant(entry.archivedAt, language) })}</p>
        </Notice>
      )}
      {!entry.archivedAt && entry.staleSince && (
        <Notice tone="info" role="status" title={t('knowledge.entry.staleTitle')} data-testid="entry-stale">
          <p>{t('knowledge.entry.stale', { date: formatInstant(entry.staleSince, language) })}</p>
        </Notice>
      )}
      <EntryActions entry={entry} />
      <section className={classes.section} data-testid="entry-evidence">
        <h2>{t('knowledge.entry.evidence')}</h2>
        <EvidenceBadge level={entry.evidenceLevel} explain />
        {published && (
          <p data-testid="entry-status-explanation">
            {entry.status === 'peer_reviewed'
              ? t('knowledge.entry.peerReviewedExplanation')
              : t('knowledge.entry.inspiringExplanation')}
          </p>
        )}
      </section>
      <section className={classes.section} data-testid="entry-context">
        <h2>{t('knowledge.entry.context')}</h2>
        <EntryFacts entry={entry} />
      </section>
      <EntryTextSections translation={translation} />
      <EntryReferences entry={entry} signedIn={signedIn} />
      {published && <SimilarEntriesSection entryId={entry.id} />}
      {published && (
        <section className={classes.section} data-testid="entry-share">
          <h2>{t('knowledge.entry.share')}</h2>
          <TextInput
            size="md"
            readOnly
            label={t('knowledge.entry.shareLabel')}
            description={t('knowledge.entry.shareHint')}
            value={shareUrl}
            dir="ltr"
            onFocus={(event) => event.currentTarget.select()}
            data-testid="entry-share-url"
          />
        </section>
      )}
    </Stack>
  );
}
