import { Button, Group, Stack } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PractitionerStanding } from '../../../contracts/registry-practitioners';
import { FormProblem } from '../../app/forms/FormProblem';
import { palette } from '../../app/theme/palette';
import { bidiIsolate } from '../../i18n/bidi';
import { statementProblem } from './check-registry';
import { FormPanel } from './FormPanel';
import type { Sentence } from './RecordOutcome';
import { useChangeSuspension } from './registry-mutations';
import { beforeSending, type FieldChecks, fromRefusal } from './registry-problems';
import classes from './registry-record.module.css';
import { StatementInput } from './StatementInput';
import { useRegistryProblems } from './use-registry-problems';

/**
 * Suspending or reinstating the practitioner (PUT or DELETE …/suspension), whichever the standing's
 * actions offer. Both count at once on every question of eligibility, so each is asked first, with
 * focus on "Cancel", the harmless choice. A suspension says why; the reason is never shown to the
 * organisation.
 */
export function SuspensionPanel({
  standing,
  onChanged,
}: {
  standing: PractitionerStanding;
  onChanged: (sentence: Sentence) => void;
}) {
  const { t } = useTranslation();
  const suspending = standing.actions.includes('suspend');
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const { problems, show, clear, formRef, alertRef } = useRegistryProblems<'reason'>();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const change = useChangeSuspension(standing.id);
  const name = bidiIsolate(standing.displayName);

  // Focus follows the question: onto Cancel when it opens, back onto the button that opened it after.
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (asked.current) openRef.current?.focus();
    asked.current = asking;
  }, [asking]);

  function ask(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (suspending) {
      const checks: FieldChecks<'reason'> = (t) => ({
        reason: statementProblem(reason, { required: true, max: 2000 }, t),
      });
      if (checks(t).reason) return show(beforeSending(checks));
    }
    clear();
    setAsking(true);
  }

  function confirm() {
    if (change.isPending) return;
    change.mutateAsync(suspending ? { suspend: true, reason: reason.trim() } : { suspend: false }).then(
      () => {
        setAsking(false);
        setReason('');
        onChanged((t) =>
          suspending
            ? t('registry.suspensionForm.suspended', { name })
            : t('registry.suspensionForm.reinstated', { name }),
        );
      },
      (error: unknown) => {
        asked.current = false;
        setAsking(false);
        show(fromRefusal(error, ['reason'] as const));
      },
    );
  }

  return (
    <FormPanel
      heading={
        suspending
          ? t('registry.suspensionForm.suspendHeading')
          : t('registry.suspensionForm.reinstateHeading')
      }
      intro={
        suspending ? t('registry.suspensionForm.suspendIntro') : t('registry.suspensionForm.reinstateIntro')
      }
    >
      {(headingId) => (
        <form
          ref={formRef}
          aria-labelledby={headingId}
          onSubmit={ask}
          noValidate
          data-testid="registry-suspension-form"
        >
          <Stack gap="md" align="flex-start">
            <FormProblem
              ref={alertRef}
              message={problems.form}
              title={t('registry.record.notSavedTitle')}
              testId="registry-suspension-error"
            />
            {suspending && (
              <div className={classes.reasonField}>
                <StatementInput
                  label={t('registry.suspensionForm.reason')}
                  description={t('registry.suspensionForm.reasonHint')}
                  required
                  value={reason}
                  onChange={(value) => {
                    setReason(value);
                    setAsking(false);
                  }}
                  error={problems.fields.reason}
                  testId="registry-suspension-reason-input"
                />
              </div>
            )}
            {asking ? (
              <fieldset className={classes.confirmation} data-testid="registry-suspension-confirmation">
                <legend className={classes.question}>
                  {suspending
                    ? t('registry.suspensionForm.suspendQuestion', { name })
                    : t('registry.suspensionForm.reinstateQuestion', { name })}
                </legend>
                <p className={classes.hint}>
                  {suspending
                    ? t('registry.suspensionForm.suspendConsequence', { name })
                    : t('registry.suspensionForm.reinstateConsequence', { name })}
                </p>
                <Group gap="sm" mt="sm">
                  <Button
                    type="button"
                    color={suspending ? palette.error : undefined}
                    size="md"
                    className={classes.action}
                    onClick={confirm}
                    loading={change.isPending}
                    disabled={change.isPending}
                    data-testid="registry-suspension-confirm"
                  >
                    {suspending
                      ? t('registry.suspensionForm.suspendConfirm')
                      : t('registry.suspensionForm.reinstateConfirm')}
                  </Button>
                  <Button
                    ref={cancelRef}
                    type="button"
                    variant="outline"
                    size="md"
                    className={classes.action}
                    onClick={() => setAsking(false)}
                    disabled={change.isPending}
                    data-testid="registry-suspension-cancel"
                  >
                    {t('registry.record.cancel')}
                  </Button>
                </Group>
              </fieldset>
            ) : (
              <Button
                ref={openRef}
                type="submit"
                variant="outline"
                size="md"
                className={classes.action}
                data-testid={suspending ? 'registry-suspend' : 'registry-reinstate'}
              >
                {suspending ? t('registry.suspensionForm.suspend') : t('registry.suspensionForm.reinstate')}
              </Button>
            )}
          </Stack>
        </form>
      )}
    </FormPanel>
  );
}
