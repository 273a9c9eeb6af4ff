import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './data-table.module.css';
import { ScrollingTable } from './ScrollingTable';

/** One column heading: `key` keeps it apart from the others; `className` and `testId` land on its `<th>`. */
export interface TableColumn {
  key: string;
  label: ReactNode;
  className?: string;
  testId?: string;
}

/**
 * A list screen's striped table, captioned, with a row of column headings; the rows are its children.
 * It stands in a ScrollingTable named after the caption, so that on a tablet a wide table scrolls in
 * its own focusable box, never the page. A column left out on purpose is written `false`.
 */
export function CaptionedTable({
  caption,
  columns,
  testId,
  className,
  children,
}: {
  caption: string;
  columns: readonly (TableColumn | false)[];
  testId: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <ScrollingTable label={caption}>
      <Table
        data-testid={testId}
        className={className ? `${classes.table} ${className}` : classes.table}
        verticalSpacing="sm"
        striped
      >
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map(
              (column) =>
                column && (
                  <Table.Th
                    scope="col"
                    key={column.key}
                    className={column.className}
                    data-testid={column.testId}
                  >
                    {column.label}
                  </Table.Th>
                ),
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{children}</Table.Tbody>
      </Table>
    </ScrollingTable>
  );
}
