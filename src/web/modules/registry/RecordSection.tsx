import { Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import classes from './registry-record.module.css';

/** One part of a record: a second-level heading that names the section, then its content. */
export function RecordSection({
  heading,
  testId,
  children,
}: {
  heading: string;
  testId: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={classes.section} data-testid={testId}>
      <Title order={2} size="h3" id={headingId}>
        {heading}
      </Title>
      {children}
    </section>
  );
}
