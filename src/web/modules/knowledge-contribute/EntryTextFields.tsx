import { useTranslation } from 'react-i18next';
import type { EntryText, TextField } from './entry-draft';
import { GuidedText } from './GuidedText';

/** Label and guidance of each text field: what a good answer holds. */
export function useTextWords(): Record<TextField, { label: string; hint: string }> {
  const { t } = useTranslation();
  return {
    title: {
      label: t('knowledgeContribute.fields.title.label'),
      hint: t('knowledgeContribute.fields.title.hint'),
    },
    summary: {
      label: t('knowledgeContribute.fields.summary.label'),
      hint: t('knowledgeContribute.fields.summary.hint'),
    },
    legalFramework: {
      label: t('knowledgeContribute.fields.legalFramework.label'),
      hint: t('knowledgeContribute.fields.legalFramework.hint'),
    },
    approach: {
      label: t('knowledgeContribute.fields.approach.label'),
      hint: t('knowledgeContribute.fields.approach.hint'),
    },
    resources: {
      label: t('knowledgeContribute.fields.resources.label'),
      hint: t('knowledgeContribute.fields.resources.hint'),
    },
    results: {
      label: t('knowledgeContribute.fields.results.label'),
      hint: t('knowledgeContribute.fields.results.hint'),
    },
    measurement: {
      label: t('knowledgeContribute.fields.measurement.label'),
      hint: t('knowledgeContribute.fields.measurement.hint'),
    },
    lessons: {
      label: t('knowledgeContribute.fields.lessons.label'),
      hint: t('knowledgeContribute.fields.lessons.hint'),
    },
    sustainability: {
      label: t('knowledgeContribute.fields.sustainability.label'),
      hint: t('knowledgeContribute.fields.sustainability.hint'),
    },
  };
}

/** Some text fields of an entry in one language (`lang`), each with its guidance. */
export function EntryTextFields({
  text,
  onChange,
  errors,
  lang,
  dir = 'auto',
  only,
  testIdPrefix = 'contribute',
}: {
  text: EntryText;
  onChange: (change: Partial<EntryText>) => void;
  errors: Partial<Record<TextField, string>>;
  lang: string;
  /** `auto` where the writer may mix scripts; the language's direction for a translation. */
  dir?: 'auto' | 'ltr' | 'rtl';
  only: readonly TextField[];
  testIdPrefix?: string;
}) {
  const words = useTextWords();
  return (
    <>
      {only.map((field) => (
        <GuidedText
          key={field}
          label={words[field].label}
          hint={words[field].hint}
          value={text[field]}
          onChange={(value) => onChange({ [field]: value })}
          error={errors[field]}
          required={field === 'title' || field === 'summary'}
          multiline={field !== 'title'}
          lang={lang}
          dir={dir}
          testId={`${testIdPrefix}-${field}-input`}
        />
      ))}
    </>
  );
}

/** Every text field in the form's order. */
export const ALL_TEXT_FIELDS: readonly TextField[] = [
  'title',
  'summary',
  'legalFramework',
  'approach',
  'resources',
  'results',
  'measurement',
  'lessons',
  'sustainability',
];
