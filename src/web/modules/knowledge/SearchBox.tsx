import { Button, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_QUERY_LENGTH } from '../../../contracts/knowledge-search';
import classes from './knowledge.module.css';

/** The library's search box: a labelled field and a button, in a search landmark. */
export function SearchBox({ initial, onSearch }: { initial: string; onSearch: (query: string) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(initial);
  // The address is the truth: going back to an earlier search shows its words again.
  useEffect(() => setQuery(initial), [initial]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(query.trim());
  };
  return (
    // biome-ignore lint/a11y/useSemanticElements: the same landmark; <search> is unknown to happy-dom, where the unit tests render
    <form role="search" className={classes.searchForm} onSubmit={submit} data-testid="library-search-form">
      <TextInput
        size="md"
        type="search"
        label={t('knowledge.search.label')}
        description={t('knowledge.search.hint')}
        value={query}
        maxLength={MAX_QUERY_LENGTH}
        onChange={(event) => setQuery(event.currentTarget.value)}
        dir="auto"
        data-testid="library-search-input"
      />
      <Button type="submit" size="md" data-testid="library-search-submit">
        {t('knowledge.search.submit')}
      </Button>
    </form>
  );
}
