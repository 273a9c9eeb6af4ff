import { Anchor, Table } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Entry } from '../../../contracts/knowledge';
import { type KnowledgeLanguage, LANGUAGE_NAMES } from '../../../contracts/knowledge-taxonomy';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import { TranslationOrigin } from '../knowledge/TranslationOrigin';
import { isVersionConflict, knowledgeFormMessage } from '../knowledge-contribute/entry-problems';
import { FormButton } from '../knowledge-contribute/FormButtons';
import { entryChanged } from '../knowledge-contribute/knowledge-api';
import { LIBRARY_WORK_ROUTES } from '../knowledge-contribute/library-routes';
import { Outcome, ReviewPanel } from './ReviewPanel';
import { useMarkTranslationReviewed } from './review-api';

/** The entry's languages, how each was made, and the editor's "reviewed" mark on each translation. */
export function TranslationsPanel({ entry }: { entry: Entry }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const queryClient = useQueryClient();
  const mark = useMarkTranslationReviewed(entry.id);
  const [outcome, setOutcome] = useState<string | null>(null);
  const canReview = entry.actions.includes('review_translation');

  function markReviewed(code: KnowledgeLanguage) {
    if (mark.isPending) return;
    setOutcome(null);
    // On the version shown: a text its translator changed since is not the text the editor read.
    mark.mutateAsync({ language: code, version: entry.version }).then(
      async () => {
        setOutcome(t('knowledgeReview.translations.marked', { language: LANGUAGE_NAMES[code] }));
        await entryChanged(queryClient, entry.id);
      },
      async (error: unknown) => {
        setOutcome(knowledgeFormMessage(error, t, language));
        // Show the text as it now stands, to be read before it is marked.
        if (isVersionConflict(error)) await entryChanged(queryClient, entry.id);
      },
    );
  }

  return (
    <ReviewPanel heading={t('knowledgeReview.translations.heading')} testId="review-translations">
      <Outcome message={outcome} testId="review-translations-outcome" />
      <CaptionedTable
        caption={t('knowledgeReview.translations.caption')}
        testId="review-translations-table"
        columns={[
          { key: 'language', label: t('knowledgeReview.translations.columns.language') },
          { key: 'origin', label: t('knowledgeReview.translations.columns.origin') },
          { key: 'action', label: t('knowledgeReview.translations.columns.action') },
        ]}
      >
        {entry.translations.map((translation) => (
          <Table.Tr
            key={translation.language}
            data-testid="review-translation-row"
            data-language={translation.language}
          >
            <Table.Th scope="row">{LANGUAGE_NAMES[translation.language]}</Table.Th>
            <Table.Td>
              <TranslationOrigin translation={translation} />
            </Table.Td>
            <Table.Td>
              {translation.origin !== 'original' && translation.reviewedAt === null && canReview ? (
                <FormButton
                  variant="outline"
                  label={t('knowledgeReview.translations.markReviewed', {
                    language: LANGUAGE_NAMES[translation.language],
                  })}
                  pending={mark.isPending && mark.variables?.language === translation.language}
                  onClick={() => markReviewed(translation.language)}
                  testId="review-translation-mark"
                />
              ) : (
                '—'
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </CaptionedTable>
      {entry.actions.includes('translate') && (
        <p>
          <Anchor
            component={Link}
            underline="always"
            to={LIBRARY_WORK_ROUTES.translate(entry.id)}
            data-testid="review-add-translation"
          >
            {t('knowledgeReview.translations.add')}
          </Anchor>
        </p>
      )}
    </ReviewPanel>
  );
}
