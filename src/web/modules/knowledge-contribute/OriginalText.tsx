import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../contracts/knowledge';
import { LANGUAGE_NAMES } from '../../../contracts/knowledge-taxonomy';
import { directionOf } from '../../i18n/languages';
import { useTextWords } from './EntryTextFields';
import { TEXT_FIELDS, textOf } from './entry-draft';
import classes from './knowledge-contribute.module.css';

/** The entry's text in its original language, read-only, marked with its language and direction. */
export function OriginalText({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const words = useTextWords();
  const text = textOf(entry, entry.originalLanguage);
  const language = entry.originalLanguage;
  return (
    <section
      className={classes.original}
      aria-labelledby="translate-original-heading"
      data-testid="translate-original"
    >
      <Title order={2} id="translate-original-heading" size="h3">
        {t('knowledgeContribute.translate.original', { language: LANGUAGE_NAMES[language] })}
      </Title>
      <div>
        {TEXT_FIELDS.filter((field) => text[field].trim() !== '').map((field) => (
          <div key={field}>
            <h3>{words[field].label}</h3>
            <p
              className={classes.statement}
              lang={language}
              dir={directionOf(language)}
              data-testid={`translate-original-${field}`}
            >
              {text[field]}
            </p>
          </div>
        ))}
      </div>
    </section>
  );
}
