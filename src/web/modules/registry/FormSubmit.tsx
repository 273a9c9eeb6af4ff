import { Button } from '@mantine/core';
import classes from './registry-record.module.css';

/** A registry form's submit: busy, and not pressable again, while its request runs. */
export function FormSubmit({ label, pending, testId }: { label: string; pending: boolean; testId: string }) {
  return (
    <div className={classes.actions}>
      <Button
        type="submit"
        size="md"
        className={classes.action}
        loading={pending}
        disabled={pending}
        data-testid={testId}
      >
        {label}
      </Button>
    </div>
  );
}
