import { Stack } from '@mantine/core';
import type { FormEvent, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem } from '../../app/forms/FormProblem';
import { FormPanel } from './FormPanel';
import { FormSubmit } from './FormSubmit';
import classes from './registry-record.module.css';

/**
 * The shell every registry form shares: its panel and heading (which names the form), the message
 * above the fields saying what stopped it, the fields, and the submit. Test ids follow `testId`:
 * `…-form`, `…-form-error` and `…-submit`. Where `unavailable` is given, it stands in the panel
 * instead of the form (a form that cannot be filled in yet).
 */
export function RegistryForm({
  heading,
  intro,
  testId,
  formRef,
  alertRef,
  problem,
  onSubmit,
  submitLabel,
  pending,
  unavailable,
  children,
}: {
  heading: string;
  intro?: string;
  testId: string;
  formRef: Ref<HTMLFormElement>;
  alertRef: Ref<HTMLDivElement>;
  problem: string | null | undefined;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submitLabel: string;
  pending: boolean;
  unavailable?: ReactNode;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <FormPanel heading={heading} intro={intro}>
      {(headingId) =>
        unavailable ?? (
          <form
            ref={formRef}
            aria-labelledby={headingId}
            onSubmit={onSubmit}
            noValidate
            data-testid={`${testId}-form`}
          >
            <Stack gap="md">
              <FormProblem
                ref={alertRef}
                message={problem}
                title={t('registry.record.notSavedTitle')}
                testId={`${testId}-form-error`}
              />
              {children}
              <FormSubmit label={submitLabel} pending={pending} testId={`${testId}-submit`} />
            </Stack>
          </form>
        )
      }
    </FormPanel>
  );
}

/** The grid a registry form lays its short fields out in. */
export function FieldGrid({ children }: { children: ReactNode }) {
  return <div className={classes.fieldGrid}>{children}</div>;
}
