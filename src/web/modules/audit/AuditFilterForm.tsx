import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionChoice } from './ActionChoice';
import classes from './audit.module.css';
import {
  type AuditFilterValues,
  checkFilters,
  EMPTY_FILTERS,
  type FilterField,
  type FilterProblem,
  type FilterProblems,
  hasProblems,
} from './audit-filters';
import { MAX_ACTIONS_PER_SEARCH } from './audit-types';

type IdField = 'personId' | 'actorUserId' | 'actorOrganisationId';

export interface AuditFilterFormProps {
  /** The filters this list offers, in the order they show. */
  fields: readonly FilterField[];
  /** The filters of the search shown now (from the address). */
  initial: AuditFilterValues;
  /** Problems found with those filters when the page opened (an address typed or kept by hand). */
  problems: FilterProblems;
  /** Fields the server refused in the last search, if it did. */
  refused: FilterProblems;
  onSearch: (values: AuditFilterValues) => void;
}

/**
 * The filters of a trail search. Checked before sending (ids, dates, range, at most ten actions),
 * each problem said next to its field in the reader's language; nothing typed is lost on an error.
 */
export function AuditFilterForm({ fields, initial, problems, refused, onSearch }: AuditFilterFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [shownProblems, setShownProblems] = useState(problems);
  const inputs = useRef(new Map<FilterField, HTMLElement>());
  const has = (field: FilterField) => fields.includes(field);

  // Ids are Latin letters, digits and hyphens: left to right even on an Arabic page. Mantine puts a
  // `dir` prop on the wrapper, so it is set on the input itself.
  useEffect(() => {
    for (const field of ['personId', 'actorUserId', 'actorOrganisationId'] as const) {
      inputs.current.get(field)?.setAttribute('dir', 'ltr');
    }
  }, []);

  const set = <K extends keyof AuditFilterValues>(field: K, value: AuditFilterValues[K]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const register = (field: FilterField) => (element: HTMLElement | null) => {
    if (element) inputs.current.set(field, element);
    else inputs.current.delete(field);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = checkFilters(values, fields);
    setShownProblems(found);
    if (hasProblems(found)) {
      const first = fields.find((field) => found[field]);
      if (first) inputs.current.get(first)?.focus();
      return;
    }
    onSearch(values);
  }

  function clear() {
    setValues(EMPTY_FILTERS);
    setShownProblems({});
    onSearch(EMPTY_FILTERS);
  }

  const message = (field: FilterField) => {
    const problem: FilterProblem | undefined = shownProblems[field] ?? refused[field];
    switch (problem) {
      case undefined:
        return undefined;
      case 'notAnId':
        return t('audit.filters.errors.notAnId');
      case 'notADate':
        return t('audit.filters.errors.notADate');
      case 'toBeforeFrom':
        return t('audit.filters.errors.toBeforeFrom');
      case 'tooManyActions':
        return t('audit.filters.errors.tooManyActions', { max: MAX_ACTIONS_PER_SEARCH });
      case 'refused':
        return t('audit.filters.errors.refused');
    }
  };

  const idInput = (field: IdField, label: string) => (
    <TextInput
      ref={register(field)}
      label={label}
      description={t('audit.filters.idHint')}
      value={values[field]}
      onChange={(event) => set(field, event.currentTarget.value)}
      error={message(field)}
      autoComplete="off"
      spellCheck={false}
      classNames={{ input: classes.idInput }}
      data-testid={`audit-filter-${field}`}
    />
  );

  return (
    <form noValidate onSubmit={submit} className={classes.filters} data-testid="audit-filters">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
        {has('personId') && idInput('personId', t('audit.filters.person'))}
        {has('actorUserId') && idInput('actorUserId', t('audit.filters.user'))}
        {has('actorOrganisationId') && idInput('actorOrganisationId', t('audit.filters.organisation'))}
        {has('outcome') && (
          <NativeSelect
            ref={register('outcome')}
            label={t('audit.filters.outcome')}
            value={values.outcome}
            onChange={(event) => set('outcome', event.currentTarget.value as AuditFilterValues['outcome'])}
            data={[
              { value: '', label: t('audit.filters.anyOutcome') },
              { value: 'allowed', label: t('audit.outcome.allowed') },
              { value: 'denied', label: t('audit.outcome.denied') },
            ]}
            data-testid="audit-filter-outcome"
          />
        )}
        {has('from') && (
          <TextInput
            ref={register('from')}
            type="date"
            label={t('audit.filters.from')}
            description={t('audit.filters.fromHint')}
            value={values.from}
            onChange={(event) => set('from', event.currentTarget.value)}
            error={message('from')}
            data-testid="audit-filter-from"
          />
        )}
        {has('to') && (
          <TextInput
            ref={register('to')}
            type="date"
            label={t('audit.filters.to')}
            description={t('audit.filters.toHint')}
            value={values.to}
            onChange={(event) => set('to', event.currentTarget.value)}
            error={message('to')}
            data-testid="audit-filter-to"
          />
        )}
      </SimpleGrid>
      {has('action') && (
        <ActionChoice
          ref={register('action')}
          chosen={values.actions}
          onChange={(actions) => set('actions', actions)}
          error={message('action')}
        />
      )}
      <Group gap="sm" mt="md">
        {/* Never disabled while searching: focus stays on it, and "Searching the trail…" says the wait. */}
        <Button type="submit" size="md" data-testid="audit-search-submit">
          {t('audit.filters.submit')}
        </Button>
        <Button type="button" variant="outline" size="md" onClick={clear} data-testid="audit-filters-clear">
          {t('audit.filters.clear')}
        </Button>
      </Group>
    </form>
  );
}
