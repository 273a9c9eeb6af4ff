import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormProblems } from '../../app/forms/field-problems';
import { focusFirstProblem } from '../../app/forms/form-focus';

/** How a form's problems are said, given the words of a language. */
export type DescribeProblems<Field extends string> = (t: TFunction, language: string) => FormProblems<Field>;

const NONE = { fields: {}, form: null };

/**
 * The problems a registry form shows. What is kept is how to say them, not the sentences: they are
 * said again at every render, so a reader who switches language after an error (Nadia reads Arabic
 * and French) sees the messages in the new language, not the old one. `show` draws them and moves
 * focus to the first field at fault, or the message above the form.
 */
export function useRegistryProblems<Field extends string>() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [describe, setDescribe] = useState<DescribeProblems<Field> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const problems: FormProblems<Field> = describe ? describe(t, language) : NONE;

  function show(next: DescribeProblems<Field>) {
    setDescribe(() => next);
    focusFirstProblem(formRef, alertRef);
  }

  return { problems, show, clear: () => setDescribe(null), formRef, alertRef };
}
