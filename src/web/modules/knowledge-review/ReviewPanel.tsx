import { Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useId } from 'react';
import classes from './knowledge-review.module.css';

/** One part of the review page: a section named by its heading. */
export function ReviewPanel({
  heading,
  intro,
  testId,
  children,
}: {
  heading: string;
  intro?: string;
  testId: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className={classes.panel} aria-labelledby={headingId} data-testid={testId}>
      <Title order={2} id={headingId}>
        {heading}
      </Title>
      {intro && <p className={classes.intro}>{intro}</p>}
      {children}
    </section>
  );
}

/** What an action just did, said politely (a status, not an alert). */
export function Outcome({ message, testId }: { message: string | null; testId: string }) {
  return (
    <p role="status" className={classes.outcome} data-testid={testId}>
      {message ?? ''}
    </p>
  );
}
