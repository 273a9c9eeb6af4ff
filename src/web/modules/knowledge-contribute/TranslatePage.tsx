import { Anchor, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import {
  KNOWLEDGE_LANGUAGES,
  type KnowledgeLanguage,
  LANGUAGE_NAMES,
} from '../../../contracts/knowledge-taxonomy';
import { usePageTitle } from '../../app/pages/use-page-title';
import { Notice } from '../../app/ui/Notice';
import { Pending } from '../../app/ui/Pending';
import { EntryLoadFailed } from './EntryLoadFailed';
import { useWorkEntry } from './knowledge-api';
import classes from './knowledge-contribute.module.css';
import { LIBRARY_WORK_ROUTES } from './library-routes';
import { OriginalText } from './OriginalText';
import { TranslationForm } from './TranslationForm';

/**
 * `/library/entries/:entryId/translate?language=xx`: the text of an entry in another language, written
 * beside the original (above it on a narrow screen), with how the translation was made.
 */
export function TranslatePage() {
  const { t } = useTranslation();
  usePageTitle(t('knowledgeContribute.translate.pageTitle'));
  const { entryId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const entry = useWorkEntry(entryId);
  const data = entry.data;
  const targets = data ? KNOWLEDGE_LANGUAGES.filter((code) => code !== data.originalLanguage) : [];
  const asked = search.get('language');
  const target = targets.find((code) => code === asked) ?? null;

  return (
    <Stack gap="lg" data-testid="page-library-translate">
      <Title order={1}>{t('knowledgeContribute.translate.heading')}</Title>
      {data ? (
        data.actions.includes('translate') ? (
          <>
            <Text>{t('knowledgeContribute.translate.intro')}</Text>
            <NativeSelect
              label={t('knowledgeContribute.translate.language')}
              description={t('knowledgeContribute.translate.languageHint')}
              size="md"
              className={classes.form}
              value={target ?? ''}
              onChange={(event) => setSearch({ language: event.currentTarget.value }, { replace: true })}
              data={[
                { value: '', label: t('knowledgeContribute.translate.chooseLanguage') },
                ...targets.map((code) => ({
                  value: code,
                  label: data.translations.some((translation) => translation.language === code)
                    ? t('knowledgeContribute.translate.existing', { language: LANGUAGE_NAMES[code] })
                    : LANGUAGE_NAMES[code],
                })),
              ]}
              data-testid="translate-language-input"
            />
            <div className={classes.sideBySide}>
              <OriginalText entry={data} />
              {target && (
                <TranslationForm
                  key={`${data.id}-${target}`}
                  entry={data}
                  language={target as KnowledgeLanguage}
                  onReload={() => entry.refetch()}
                />
              )}
            </div>
          </>
        ) : (
          <Notice
            tone="info"
            role="status"
            title={t('knowledgeContribute.edit.lockedTitle')}
            data-testid="translate-locked"
          >
            <p>{t('knowledgeContribute.translate.locked')}</p>
            <Text>
              <Anchor component={Link} underline="always" to={LIBRARY_WORK_ROUTES.entry(data.id)}>
                {t('knowledgeContribute.translate.backToEntry')}
              </Anchor>
            </Text>
          </Notice>
        )
      ) : entry.isError ? (
        <EntryLoadFailed error={entry.error} onRetry={() => entry.refetch()} testId="translate" />
      ) : (
        <Pending label={t('knowledgeContribute.load.loading')} testId="translate-pending" />
      )}
    </Stack>
  );
}
