import { Loader } from '@mantine/core';
import classes from './pending.module.css';

/** A quiet "loading" line: a spinner for the eye, the words for everyone (a polite live region). */
export function Pending({ label, testId = 'pending' }: { label: string; testId?: string }) {
  return (
    <div role="status" className={classes.pending} data-testid={testId}>
      <Loader size="sm" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
