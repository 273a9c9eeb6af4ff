import { Fragment, type ReactNode } from 'react';
import classes from './registry-record.module.css';

export interface Fact {
  term: string;
  value: ReactNode;
  testId: string;
}

/** A record's facts as a description list: what each is, then its value. */
export function Facts({ facts, testId }: { facts: readonly Fact[]; testId: string }) {
  return (
    <dl className={classes.facts} data-testid={testId}>
      {facts.map((fact) => (
        <Fragment key={fact.testId}>
          <dt>{fact.term}</dt>
          <dd data-testid={fact.testId}>{fact.value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
