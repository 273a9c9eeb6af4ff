import { Stack } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Entry, PersonalDataWarning } from '../../../contracts/knowledge';
import { FormProblem } from '../../app/forms/FormProblem';
import { withCurrentCsrfToken } from '../../app/session/fresh-csrf';
import { useApiClient } from '../../app/session/use-api-client';
import { Notice } from '../../app/ui/Notice';
import { EntryFields } from './EntryFields';
import {
  checkDraft,
  DRAFT_FIELDS,
  draftOf,
  type EntryDraft,
  TEXT_FIELDS,
  textChanged,
  translationTextOf,
  updateOf,
} from './entry-draft';
import { isVersionConflict, personalDataWarningsOf } from './entry-problems';
import { FormButton, FormButtons } from './FormButtons';
import { entryChanged, knowledgeWorkKeys, submitEntry, updateEntry } from './knowledge-api';
import { PersonalDataWarnings } from './PersonalDataWarnings';
import { PrivacyReminder } from './PrivacyReminder';
import { PublishedTextConfirmation } from './PublishedTextCheck';
import { useEntryProblems } from './use-entry-problems';

export type EditOutcome = 'saved' | 'submitted';

/**
 * The form of an existing entry. Saving sends the language-independent fields and, when it changed,
 * the text in the original language, in one request on the version it was read at. When someone
 * else saved in between (409), the form keeps everything typed and says how to go on. Text and new
 * links' labels saved to a published entry are checked for personal data: when the check warns, the
 * warnings replace those of the stored entry and the editor changes the words or confirms them, as
 * they stand, before saving again.
 */
export function EntryEditor({
  entry,
  onReload,
  onOutcome,
}: {
  entry: Entry;
  onReload: () => void;
  onOutcome: (outcome: EditOutcome) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const client = useApiClient();
  const [saved, setSaved] = useState(entry);
  const [draft, setDraft] = useState<EntryDraft>(() => draftOf(entry));
  const [pending, setPending] = useState<'save' | 'submit' | null>(null);
  const [conflict, setConflict] = useState(false);
  // What the check found in the text as sent (the saved text's warnings are `saved.warnings`).
  const [warnings, setWarnings] = useState<PersonalDataWarning[]>([]);
  const [acknowledged, setAcknowledged] = useState(false);
  const { problems, formRef, alertRef, clear, showChecks, showRefusal } = useEntryProblems(DRAFT_FIELDS);
  const canSubmit = saved.actions.includes('submit');

  /** Sends what changed; answers the entry as it stands after, or null when a check stopped it. */
  async function send(): Promise<Entry | null> {
    const found = checkDraft(draft);
    if (Object.keys(found).length > 0) {
      showChecks(found);
      return null;
    }
    clear();
    // One request, one transaction: the fields and, when it changed, the text are saved together or
    // not at all.
    const after = await withCurrentCsrfToken(queryClient, client, () =>
      updateEntry(client, saved.id, {
        ...updateOf(draft, saved.version),
        ...(textChanged(draft, saved) ? { text: translationTextOf(draft) } : {}),
        ...(acknowledged && warnings.length > 0 ? { acknowledgeWarnings: true } : {}),
      }),
    );
    setWarnings([]);
    setAcknowledged(false);
    setSaved(after);
    queryClient.setQueryData(knowledgeWorkKeys.entry(after.id), after);
    return after;
  }

  function refused(error: unknown) {
    if (isVersionConflict(error)) setConflict(true);
    setWarnings(personalDataWarningsOf(error, saved.originalLanguage));
    // Whatever was refused, warnings shown again are confirmed again.
    setAcknowledged(false);
    showRefusal(error);
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setPending('save');
    send()
      .then((after) => {
        if (after) onOutcome('saved');
      }, refused)
      .finally(() => setPending(null));
  }

  function submit() {
    if (pending) return;
    setPending('submit');
    send()
      .then(async (after) => {
        if (!after) return;
        await withCurrentCsrfToken(queryClient, client, () =>
          submitEntry(client, after.id, { version: after.version }),
        );
        onOutcome('submitted');
        await entryChanged(queryClient, after.id);
      })
      .catch(refused)
      .finally(() => setPending(null));
  }

  return (
    <Stack gap="lg">
      <PrivacyReminder />
      <PersonalDataWarnings warnings={warnings.length > 0 ? warnings : saved.warnings} />
      {conflict && (
        <Notice tone="error" title={t('knowledgeContribute.edit.conflictTitle')} data-testid="edit-conflict">
          <p>{t('knowledgeContribute.edit.conflict')}</p>
          <FormButtons>
            <FormButton
              variant="outline"
              label={t('knowledgeContribute.edit.reload')}
              onClick={onReload}
              testId="edit-reload"
            />
          </FormButtons>
        </Notice>
      )}
      <form
        ref={formRef}
        onSubmit={save}
        noValidate
        aria-label={t('knowledgeContribute.edit.heading')}
        data-testid="edit-form"
      >
        <Stack gap="lg">
          <FormProblem
            ref={alertRef}
            message={problems.form}
            title={t('knowledgeContribute.errors.notSavedTitle')}
            testId="edit-form-error"
          />
          <EntryFields
            draft={draft}
            onChange={(change) => {
              setDraft((current) => ({ ...current, ...change }));
              // A confirmation is of the words as they were checked: new words are checked anew.
              if ('links' in change || TEXT_FIELDS.some((field) => field in change)) setAcknowledged(false);
            }}
            errors={problems.fields}
            languageLocked
          />
          {warnings.length > 0 && (
            <PublishedTextConfirmation
              checked={acknowledged}
              onChange={setAcknowledged}
              testId="edit-acknowledge"
            />
          )}
          <FormButtons>
            <FormButton
              type="submit"
              variant={canSubmit ? 'outline' : 'filled'}
              label={t('knowledgeContribute.edit.save')}
              pending={pending === 'save'}
              disabled={pending !== null}
              testId="edit-save"
            />
            {canSubmit && (
              <FormButton
                label={t('knowledgeContribute.edit.submit')}
                pending={pending === 'submit'}
                disabled={pending !== null}
                onClick={submit}
                testId="edit-submit"
              />
            )}
          </FormButtons>
        </Stack>
      </form>
    </Stack>
  );
}
