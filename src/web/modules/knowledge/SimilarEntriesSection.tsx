import { useTranslation } from 'react-i18next';
import { EntryCard } from './EntryCard';
import classes from './knowledge.module.css';
import { useSimilarEntries } from './knowledge-api';
import { useUiLanguage } from './taxonomy-names';

/**
 * "More like this": entries close to this one. Quiet when there are none or when the answer fails:
 * it is a suggestion, not the page's content.
 */
export function SimilarEntriesSection({ entryId }: { entryId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const similar = useSimilarEntries(entryId, language, true);
  const entries = similar.data?.entries.filter((entry) => entry.id !== entryId) ?? [];
  if (entries.length === 0) return null;
  return (
    <section className={classes.section} aria-labelledby="entry-similar-heading" data-testid="entry-similar">
      <h2 id="entry-similar-heading">{t('knowledge.entry.similar')}</h2>
      <ul className={classes.cards}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <EntryCard entry={entry} />
          </li>
        ))}
      </ul>
    </section>
  );
}
