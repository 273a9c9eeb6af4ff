import type { ReactNode } from 'react';
import classes from './data-table.module.css';

/**
 * A wide table on a narrow screen (a 768 px tablet) scrolls inside its own box, never the page.
 * The box can take focus, so keyboard users can scroll it too, and is named after its table.
 */
export function ScrollingTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
    <section className={classes.scroller} tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
