import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './places.module.css';

/**
 * The buttons under every places form: the submit, busy while the request runs, and — for a form
 * that edits something in place — a cancel that gives up the change. Test ids are
 * `<testIdPrefix>-submit` and `<testIdPrefix>-cancel`.
 */
export function PlaceFormActions({
  testIdPrefix,
  submitLabel,
  pending,
  onCancel,
}: {
  testIdPrefix: string;
  submitLabel: string;
  pending: boolean;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className={classes.actions}>
      <Button
        type="submit"
        size="md"
        className={classes.action}
        loading={pending}
        data-testid={`${testIdPrefix}-submit`}
      >
        {submitLabel}
      </Button>
      {onCancel && (
        <Button
          type="button"
          variant="outline"
          size="md"
          className={classes.action}
          disabled={pending}
          onClick={onCancel}
          data-testid={`${testIdPrefix}-cancel`}
        >
          {t('places.cancel')}
        </Button>
      )}
    </div>
  );
}
