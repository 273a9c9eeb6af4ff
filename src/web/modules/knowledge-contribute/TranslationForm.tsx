import { NativeSelect, Stack, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, PersonalDataWarning } from '../../../contracts/knowledge';
import {
  type KnowledgeLanguage,
  LANGUAGE_NAMES,
  TRANSLATION_ORIGIN_NAMES,
} from '../../../contracts/knowledge-taxonomy';
import { FormProblem } from '../../app/forms/FormProblem';
import { withCurrentCsrfToken } from '../../app/session/fresh-csrf';
import { useApiClient } from '../../app/session/use-api-client';
import { Notice } from '../../app/ui/Notice';
import { directionOf } from '../../i18n/languages';
import { ALL_TEXT_FIELDS, EntryTextFields } from './EntryTextFields';
import { checkText, type EntryText, TEXT_FIELDS, textOf, translationTextOf } from './entry-draft';
import { isVersionConflict, personalDataWarningsOf } from './entry-problems';
import { FormButton, FormButtons } from './FormButtons';
import { entryChanged, saveTranslation } from './knowledge-api';
import { nameIn } from './knowledge-words';
import { PublishedTextCheck } from './PublishedTextCheck';
import { useEntryProblems } from './use-entry-problems';

type Origin = 'professional' | 'machine_assisted';
const ORIGINS: readonly Origin[] = ['professional', 'machine_assisted'];

/**
 * The text in one language and how it was translated; saved on the version it was read at. Text
 * saved to a published entry is public at once, so the server checks it for personal data: when it
 * warns, the warnings are shown and the editor either changes the text or confirms it is not data
 * about a person in custody, for this text as it stands (changing it again asks again).
 */
export function TranslationForm({
  entry,
  language,
  onReload,
}: {
  entry: Entry;
  language: KnowledgeLanguage;
  onReload: () => void;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const client = useApiClient();
  const existing = entry.translations.find((translation) => translation.language === language);
  const [text, setText] = useState<EntryText>(() => textOf(entry, language));
  const [origin, setOrigin] = useState<Origin>(
    existing?.origin === 'machine_assisted' ? 'machine_assisted' : 'professional',
  );
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState(false);
  const [warnings, setWarnings] = useState<PersonalDataWarning[]>([]);
  const [acknowledged, setAcknowledged] = useState(false);
  const { problems, formRef, alertRef, clear, showChecks, showRefusal } = useEntryProblems(TEXT_FIELDS);
  const uiLanguage = i18n.resolvedLanguage ?? i18n.language;

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const found = checkText(text);
    if (Object.keys(found).length > 0) return showChecks(found);
    clear();
    setPending(true);
    setSaved(false);
    withCurrentCsrfToken(queryClient, client, () =>
      saveTranslation(client, entry.id, language, {
        version: entry.version,
        origin,
        text: translationTextOf(text),
        ...(acknowledged && warnings.length > 0 ? { acknowledgeWarnings: true } : {}),
      }),
    )
      .then(
        async () => {
          setWarnings([]);
          setAcknowledged(false);
          setSaved(true);
          await entryChanged(queryClient, entry.id);
        },
        (error: unknown) => {
          if (isVersionConflict(error)) setConflict(true);
          setWarnings(personalDataWarningsOf(error, entry.originalLanguage));
          showRefusal(error);
        },
      )
      .finally(() => setPending(false));
  }

  return (
    <section aria-labelledby="translate-form-heading" data-testid="translate-target">
      <Stack gap="md">
        <Title order={2} id="translate-form-heading" size="h3">
          {t('knowledgeContribute.translate.target', { language: LANGUAGE_NAMES[language] })}
        </Title>
        {saved && (
          <Notice
            tone="info"
            role="status"
            title={t('knowledgeContribute.edit.outcomes.title')}
            data-testid="translate-outcome"
          >
            <p>{t('knowledgeContribute.translate.saved', { language: LANGUAGE_NAMES[language] })}</p>
          </Notice>
        )}
        {conflict && (
          <Notice
            tone="error"
            title={t('knowledgeContribute.edit.conflictTitle')}
            data-testid="translate-conflict"
          >
            <p>{t('knowledgeContribute.edit.conflict')}</p>
            <FormButtons>
              <FormButton
                variant="outline"
                label={t('knowledgeContribute.edit.reload')}
                onClick={onReload}
                testId="translate-reload"
              />
            </FormButtons>
          </Notice>
        )}
        <form
          ref={formRef}
          onSubmit={save}
          noValidate
          aria-labelledby="translate-form-heading"
          data-testid="translate-form"
        >
          <Stack gap="md">
            <FormProblem
              ref={alertRef}
              message={problems.form}
              title={t('knowledgeContribute.errors.notSavedTitle')}
              testId="translate-form-error"
            />
            <NativeSelect
              label={t('knowledgeContribute.translate.origin')}
              description={t('knowledgeContribute.translate.originHint')}
              size="md"
              value={origin}
              onChange={(event) => setOrigin(event.currentTarget.value as Origin)}
              data={ORIGINS.map((code) => ({
                value: code,
                label: nameIn(TRANSLATION_ORIGIN_NAMES, code, uiLanguage),
              }))}
              data-testid="translate-origin-input"
            />
            <EntryTextFields
              text={text}
              onChange={(change) => {
                setText((current) => ({ ...current, ...change }));
                setAcknowledged(false);
              }}
              errors={problems.fields}
              lang={language}
              dir={directionOf(language)}
              only={ALL_TEXT_FIELDS}
              testIdPrefix="translate"
            />
            <PublishedTextCheck
              warnings={warnings}
              acknowledged={acknowledged}
              onAcknowledge={setAcknowledged}
              testId="translate-acknowledge"
            />
            <FormButtons>
              <FormButton
                type="submit"
                label={t('knowledgeContribute.translate.save')}
                pending={pending}
                testId="translate-save"
              />
            </FormButtons>
          </Stack>
        </form>
      </Stack>
    </section>
  );
}
