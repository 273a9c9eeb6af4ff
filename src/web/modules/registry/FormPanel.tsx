import { Stack, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import classes from './registry-record.module.css';

/**
 * One form of a record, under its own third-level heading, which names the form (`aria-labelledby`)
 * for the landmarks list of a screen reader.
 */
export function FormPanel({
  heading,
  intro,
  children,
}: {
  heading: string;
  intro?: string;
  children: (headingId: string) => ReactNode;
}) {
  const headingId = useId();
  return (
    <Stack gap="sm" className={`${classes.form} ${classes.formPanel}`}>
      <Title order={3} size="h4" id={headingId}>
        {heading}
      </Title>
      {intro && <p className={classes.hint}>{intro}</p>}
      {children(headingId)}
    </Stack>
  );
}
