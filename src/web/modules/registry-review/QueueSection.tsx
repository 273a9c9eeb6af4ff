import { Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { CaptionedTable } from '../../app/ui/CaptionedTable';
import classes from '../registry/registry-record.module.css';

/**
 * One section of the review queue: its heading with the count, then its table, or a sentence when
 * there is nothing to do. Test ids: `<testId>` on the section, `-count`, `-table`, `-empty`.
 */
export function QueueSection({
  heading,
  count,
  caption,
  columns,
  empty,
  testId,
  children,
}: {
  heading: string;
  count: number;
  caption: string;
  columns: readonly string[];
  empty: string;
  testId: string;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={classes.section} data-testid={testId}>
      <Title order={2} size="h3" id={headingId}>
        {heading} <span data-testid={`${testId}-count`}>({count})</span>
      </Title>
      {count === 0 ? (
        <p className={classes.hint} data-testid={`${testId}-empty`}>
          {empty}
        </p>
      ) : (
        <CaptionedTable
          caption={caption}
          testId={`${testId}-table`}
          className={`${classes.table} ${classes.wideTable}`}
          columns={columns.map((column) => ({ key: column, label: column }))}
        >
          {children}
        </CaptionedTable>
      )}
    </section>
  );
}
