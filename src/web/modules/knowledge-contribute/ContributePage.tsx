import { Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormProblem } from '../../app/forms/FormProblem';
import { usePageTitle } from '../../app/pages/use-page-title';
import { EntryFields } from './EntryFields';
import { checkDraft, DRAFT_FIELDS, type EntryDraft, emptyDraft, proposalOf } from './entry-draft';
import { FormButton, FormButtons } from './FormButtons';
import { useProposeEntry } from './knowledge-api';
import classes from './knowledge-contribute.module.css';
import { libraryLanguageOf } from './knowledge-words';
import { LIBRARY_WORK_ROUTES } from './library-routes';
import { PrivacyReminder } from './PrivacyReminder';
import { useEntryProblems } from './use-entry-problems';

/**
 * `/library/contribute`: any signed-in user proposes a practice. It is saved as a draft in the
 * language it is written in (the interface's, unless chosen otherwise); the edit page then offers
 * "Submit for review". On any refusal the form keeps everything typed.
 */
export function ContributePage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('knowledgeContribute.propose.pageTitle'));
  const navigate = useNavigate();
  const [draft, setDraft] = useState<EntryDraft>(() =>
    emptyDraft(libraryLanguageOf(i18n.resolvedLanguage ?? i18n.language)),
  );
  const { problems, formRef, alertRef, clear, showChecks, showRefusal } = useEntryProblems(DRAFT_FIELDS);
  const proposal = useProposeEntry();
  // The language of writing follows the interface's until the writer chooses one.
  const [languageChosen, setLanguageChosen] = useState(false);
  const uiLanguage = libraryLanguageOf(i18n.resolvedLanguage ?? i18n.language);
  useEffect(() => {
    if (!languageChosen) setDraft((current) => ({ ...current, language: uiLanguage }));
  }, [uiLanguage, languageChosen]);

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (proposal.isPending) return;
    const found = checkDraft(draft);
    if (Object.keys(found).length > 0) return showChecks(found);
    clear();
    proposal.propose(proposalOf(draft)).then(
      (entry) => navigate(`${LIBRARY_WORK_ROUTES.edit(entry.id)}?saved=draft`),
      (error: unknown) => showRefusal(error),
    );
  }

  return (
    <Stack gap="lg" className={classes.form} data-testid="page-library-contribute">
      <Title order={1}>{t('knowledgeContribute.propose.heading')}</Title>
      <Text>{t('knowledgeContribute.propose.intro')}</Text>
      <PrivacyReminder />
      <form
        ref={formRef}
        onSubmit={save}
        noValidate
        aria-label={t('knowledgeContribute.propose.heading')}
        data-testid="contribute-form"
      >
        <Stack gap="lg">
          <FormProblem
            ref={alertRef}
            message={problems.form}
            title={t('knowledgeContribute.errors.notSavedTitle')}
            testId="contribute-form-error"
          />
          <EntryFields
            draft={draft}
            onChange={(change) => {
              if (change.language) setLanguageChosen(true);
              setDraft((current) => ({ ...current, ...change }));
            }}
            errors={problems.fields}
            languageLocked={false}
          />
          <FormButtons>
            <FormButton
              type="submit"
              label={t('knowledgeContribute.propose.saveDraft')}
              pending={proposal.isPending}
              testId="contribute-save"
            />
          </FormButtons>
        </Stack>
      </form>
    </Stack>
  );
}
