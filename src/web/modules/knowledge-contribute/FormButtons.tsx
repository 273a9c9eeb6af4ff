import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './knowledge-contribute.module.css';

/** The buttons under a form, in a row that wraps; each large enough for a finger. */
export function FormButtons({ children }: { children: ReactNode }) {
  return <div className={classes.actions}>{children}</div>;
}

export function FormButton({
  label,
  pending,
  disabled,
  onClick,
  type = 'button',
  variant = 'filled',
  testId,
}: {
  label: string;
  pending?: boolean;
  disabled?: boolean;
  onClick?: () => void;
  type?: 'button' | 'submit';
  variant?: 'filled' | 'outline';
  testId: string;
}) {
  return (
    <Button
      type={type}
      size="md"
      variant={variant}
      className={classes.action}
      loading={pending}
      disabled={disabled || pending}
      onClick={onClick}
      data-testid={testId}
    >
      {label}
    </Button>
  );
}
