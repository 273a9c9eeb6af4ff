import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormProblems } from '../../app/forms/field-problems';
import { focusFirstProblem } from '../../app/forms/form-focus';
import type { DraftProblem } from './entry-draft';
import { draftProblemMessage, knowledgeProblemsOf } from './entry-problems';

type Describe<Field extends string> = (t: TFunction, language: string) => FormProblems<Field>;

/**
 * The problems a knowledge form shows. How to say them is kept, not the sentences, so a reader who
 * switches language after an error reads them in the new language. `show` draws them and moves focus
 * to the first field at fault, or the message above the form.
 */
export function useEntryProblems<Field extends string>(fields: readonly Field[]) {
  const { t: translate, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [describe, setDescribe] = useState<Describe<Field> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const problems: FormProblems<Field> = describe ? describe(translate, language) : { fields: {}, form: null };

  function show(next: Describe<Field>) {
    setDescribe(() => next);
    focusFirstProblem(formRef, alertRef);
  }

  return {
    problems,
    formRef,
    alertRef,
    clear: () => setDescribe(null),
    /** Problems found before sending. */
    showChecks: (found: Partial<Record<Field, DraftProblem>>) =>
      show((t) => ({
        fields: Object.fromEntries(
          Object.entries(found).map(([field, problem]) => [
            field,
            draftProblemMessage(problem as DraftProblem, t),
          ]),
        ) as Partial<Record<Field, string>>,
        form: t('knowledgeContribute.errors.checkFields'),
      })),
    /** The server's refusal. */
    showRefusal: (error: unknown) => show((t, lang) => knowledgeProblemsOf(error, fields, t, lang)),
  };
}
