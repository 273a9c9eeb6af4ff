import { useTranslation } from 'react-i18next';
import type { Translation } from '../../../contracts/knowledge';
import { directionOf } from '../../i18n/languages';
import classes from './knowledge.module.css';

// The translation's sections in reading order, each under a heading in the interface language.
const SECTIONS = [
  { field: 'summary', headingKey: 'knowledge.sections.summary' },
  { field: 'legalFramework', headingKey: 'knowledge.sections.legalFramework' },
  { field: 'approach', headingKey: 'knowledge.sections.approach' },
  { field: 'resources', headingKey: 'knowledge.sections.resources' },
  { field: 'results', headingKey: 'knowledge.sections.results' },
  { field: 'measurement', headingKey: 'knowledge.sections.measurement' },
  { field: 'lessons', headingKey: 'knowledge.sections.lessons' },
  { field: 'sustainability', headingKey: 'knowledge.sections.sustainability' },
] as const satisfies readonly { field: keyof Translation; headingKey: string }[];

/** Text as typed, one paragraph per blank-line-separated block, its line breaks kept. */
export function Prose({ text, testId }: { text: string; testId?: string }) {
  const paragraphs = text.split(/\r?\n\s*\r?\n/).filter((paragraph) => paragraph.trim() !== '');
  return (
    <div data-testid={testId}>
      {paragraphs.map((paragraph, index) => (
        // Paragraphs are cut from one text and never reordered.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <p key={index} dir="auto" className={classes.prose}>
          {paragraph}
        </p>
      ))}
    </div>
  );
}

/**
 * A translation's text, section by section (those left empty are skipped). Headings are in the
 * interface language; the text carries the translation's own `lang` and direction.
 */
export function EntryTextSections({
  translation,
  headingLevel = 2,
}: {
  translation: Translation;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      {SECTIONS.filter(({ field }) => translation[field].trim() !== '').map(({ field, headingKey }) => (
        <section key={field} className={classes.section} data-testid={`entry-section-${field}`}>
          <Heading>{t(headingKey)}</Heading>
          <div lang={translation.language} dir={directionOf(translation.language)}>
            <Prose text={translation[field]} />
          </div>
        </section>
      ))}
    </>
  );
}
