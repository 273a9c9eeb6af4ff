import type { ReactNode, Ref } from 'react';
import classes from './notice.module.css';

export interface NoticeProps {
  /** `error`: something failed; `info`: something to know. Said in words by the title, not by colour alone. */
  tone: 'error' | 'info';
  title: string;
  children?: ReactNode;
  /** `alert` for a message that appears in answer to an action (read out at once); `status` otherwise. */
  role?: 'alert' | 'status';
  ref?: Ref<HTMLDivElement>;
  'data-testid'?: string;
  'data-failure'?: string;
}

/**
 * A message block: a bold title and text, with a rule on the reading-start side. Our own rather
 * than Mantine's Alert, whose coloured text does not reach 4.5:1 on its background.
 */
export function Notice({ tone, title, children, role = 'alert', ref, ...data }: NoticeProps) {
  return (
    <div ref={ref} role={role} tabIndex={-1} className={`${classes.notice} ${classes[tone]}`} {...data}>
      <p className={classes.title}>{title}</p>
      {children}
    </div>
  );
}
