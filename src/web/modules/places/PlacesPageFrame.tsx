import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { type ReactNode, type RefObject, useId } from 'react';
import { Link } from 'react-router';
import pageClasses from '../../app/pages/pages.module.css';
import { Pending } from '../../app/ui/Pending';
import { PlacesRefusal } from './PlacesRefusal';
import classes from './places.module.css';

/** The words of one places page, already translated. */
export interface PlacesPageWords {
  heading: string;
  intro: string;
  /** The link to the other places page, after the introduction. */
  otherPage: { to: string; label: string };
  listHeading: string;
  createHeading: string;
  loading: string;
  loadFailedTitle: string;
}

/**
 * What the organisations and facilities pages share: the heading with a button that jumps to the
 * form, the introduction, the announced outcome of the last change, a list section and a create
 * section, and — until the list has loaded — its loading state or refusal (anyone but an
 * administrator sees only the refusal).
 */
export function PlacesPageFrame({
  testId,
  words,
  list,
  canCreate,
  createTestId,
  onGoToCreate,
  outcome,
  outcomeRef,
  listSection,
  createSection,
}: {
  testId: string;
  words: PlacesPageWords;
  list: Pick<UseQueryResult<unknown>, 'data' | 'isError' | 'error' | 'refetch'>;
  canCreate: boolean;
  createTestId: string;
  onGoToCreate: () => void;
  outcome: string;
  outcomeRef: RefObject<HTMLParagraphElement | null>;
  listSection: (headingId: string) => ReactNode;
  createSection: (headingId: string) => ReactNode;
}) {
  const listHeadingId = useId();
  const createHeadingId = useId();
  return (
    <Stack gap="lg" data-testid={testId} className={pageClasses.widePage}>
      <div className={classes.header}>
        <Title order={1}>{words.heading}</Title>
        {list.data !== undefined && canCreate && (
          <Button
            variant="outline"
            size="md"
            className={classes.action}
            onClick={onGoToCreate}
            data-testid={createTestId}
          >
            {words.createHeading}
          </Button>
        )}
      </div>
      {list.data !== undefined ? (
        <>
          <Text>
            {words.intro}{' '}
            <Anchor component={Link} to={words.otherPage.to} underline="always" fw={600}>
              {words.otherPage.label}
            </Anchor>
          </Text>
          <p
            ref={outcomeRef}
            role="status"
            tabIndex={-1}
            className={classes.outcome}
            data-testid="places-outcome"
          >
            {outcome}
          </p>
          <section aria-labelledby={listHeadingId} className={classes.section}>
            <Title order={2} size="h3" id={listHeadingId}>
              {words.listHeading}
            </Title>
            {listSection(listHeadingId)}
          </section>
          <section aria-labelledby={createHeadingId} className={classes.section}>
            <Title order={2} size="h3" id={createHeadingId}>
              {words.createHeading}
            </Title>
            {createSection(createHeadingId)}
          </section>
        </>
      ) : list.isError ? (
        <PlacesRefusal
          error={list.error}
          loadFailedTitle={words.loadFailedTitle}
          onRetry={() => list.refetch()}
        />
      ) : (
        <Pending label={words.loading} />
      )}
    </Stack>
  );
}
