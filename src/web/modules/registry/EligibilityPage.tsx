import { Button, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import {
  ACCESS_TIERS,
  type AccessTier,
  INTERVENTION_TYPES,
  type InterventionType,
} from '../../../contracts/registry';
import { ApiError } from '../../app/api/api-error';
import pageClasses from '../../app/pages/pages.module.css';
import { usePageTitle } from '../../app/pages/use-page-title';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Notice } from '../../app/ui/Notice';
import { Pending } from '../../app/ui/Pending';
import { EligibilityAnswerView } from './EligibilityAnswerView';
import { draftOf, isPractitionerId, paramsOf, type QuestionDraft, questionOf } from './eligibility-question';
import classes from './registry.module.css';
import { useEligibility, useRegistryFacilities } from './registry-api';
import { ACCESS_TIER_LABELS, codeOptions, INTERVENTION_TYPE_LABELS } from './registry-labels';

/**
 * `/registry/practitioners/:practitionerId/eligibility`: may this practitioner work at a facility on
 * a day, in a capacity, and if not, why not. The question is in the address; the server decides who
 * may ask about whom (404 otherwise) and records every answer in the audit trail.
 */
export function EligibilityPage() {
  const { t } = useTranslation();
  usePageTitle(t('registry.eligibilityPage.pageTitle'));
  const practitionerId = (useParams().practitionerId ?? '').toLowerCase();
  const [params, setParams] = useSearchParams();
  const asked = draftOf(params);
  const question = isPractitionerId(practitionerId) ? questionOf(asked) : null;
  const answer = useEligibility(practitionerId, question);

  return (
    <Stack gap="lg" className={pageClasses.page} data-testid="page-eligibility">
      <Title order={1}>{t('registry.eligibilityPage.heading')}</Title>
      <Text>{t('registry.eligibilityPage.intro')}</Text>
      {!isPractitionerId(practitionerId) ? (
        <NotFound />
      ) : (
        <>
          <QuestionForm
            // A new address (back, forward, a shared link) starts the form afresh from it.
            key={params.toString()}
            initial={asked}
            onAsk={(draft) => setParams(paramsOf(draft))}
          />
          {question === null ? null : answer.isError ? (
            <Refusal error={answer.error} onRetry={() => answer.refetch()} />
          ) : !answer.data ? (
            <Pending label={t('registry.eligibilityPage.loading')} testId="eligibility-pending" />
          ) : (
            <EligibilityAnswerView answer={answer.data} />
          )}
        </>
      )}
    </Stack>
  );
}

function QuestionForm({ initial, onAsk }: { initial: QuestionDraft; onAsk: (draft: QuestionDraft) => void }) {
  const { t } = useTranslation();
  const facilities = useRegistryFacilities();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<{ facilityId?: string; interventionType?: string }>({});
  const set = (change: Partial<QuestionDraft>) => setDraft((current) => ({ ...current, ...change }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = {
      ...(draft.facilityId === '' ? { facilityId: t('registry.eligibilityPage.facilityRequired') } : {}),
      ...(draft.interventionType === ''
        ? { interventionType: t('registry.eligibilityPage.interventionTypeRequired') }
        : {}),
    };
    setProblems(found);
    if (Object.keys(found).length === 0) onAsk(draft);
  }

  if (facilities.isError) {
    return (
      <LoadFailed
        title={t('registry.eligibilityPage.loadFailedTitle')}
        error={facilities.error}
        onRetry={() => facilities.refetch()}
        testId="eligibility-facilities-failed"
      />
    );
  }
  if (!facilities.data) {
    return (
      <Pending
        label={t('registry.eligibilityPage.facilitiesLoading')}
        testId="eligibility-facilities-pending"
      />
    );
  }
  return (
    <form
      onSubmit={submit}
      noValidate
      data-testid="eligibility-form"
      aria-label={t('registry.eligibilityPage.heading')}
    >
      <Stack gap="md">
        <div className={classes.fieldGrid}>
          <NativeSelect
            label={t('registry.eligibilityPage.facility')}
            required
            value={draft.facilityId}
            error={problems.facilityId}
            onChange={(event) => set({ facilityId: event.currentTarget.value })}
            data={[
              { value: '', label: t('registry.eligibilityPage.facilityPlaceholder') },
              ...facilities.data.facilities.map((facility) => ({ value: facility.id, label: facility.name })),
            ]}
            data-testid="eligibility-facility"
          />
          <TextInput
            type="date"
            label={t('registry.eligibilityPage.day')}
            description={t('registry.eligibilityPage.dayHint')}
            value={draft.on}
            onChange={(event) => set({ on: event.currentTarget.value })}
            data-testid="eligibility-day"
          />
          <NativeSelect
            label={t('registry.eligibilityPage.interventionType')}
            required
            value={draft.interventionType}
            error={problems.interventionType}
            onChange={(event) =>
              set({ interventionType: event.currentTarget.value as InterventionType | '' })
            }
            data={codeOptions(
              t,
              t('registry.eligibilityPage.interventionTypePlaceholder'),
              INTERVENTION_TYPES,
              INTERVENTION_TYPE_LABELS,
            )}
            data-testid="eligibility-intervention-type"
          />
          <NativeSelect
            label={t('registry.eligibilityPage.accessTier')}
            value={draft.accessTier}
            onChange={(event) => set({ accessTier: event.currentTarget.value as AccessTier })}
            data={ACCESS_TIERS.map((tier) => ({ value: tier, label: t(ACCESS_TIER_LABELS[tier].labelKey) }))}
            data-testid="eligibility-access-tier"
          />
        </div>
        <div>
          <Button type="submit" data-testid="eligibility-ask">
            {t('registry.eligibilityPage.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <Notice
      tone="error"
      title={t('registry.eligibilityPage.notFoundTitle')}
      data-testid="eligibility-not-found"
    >
      <p>{t('registry.eligibilityPage.notFound')}</p>
    </Notice>
  );
}

/** A refusal replaces the answer: nothing of the practitioner is on screen. */
function Refusal({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) return <NotFound />;
  if (error instanceof ApiError && error.status === 403) {
    return (
      <Notice
        tone="error"
        title={t('registry.eligibilityPage.forbiddenTitle')}
        data-testid="eligibility-forbidden"
      >
        <p>{t('registry.eligibilityPage.forbidden')}</p>
      </Notice>
    );
  }
  return (
    <LoadFailed
      title={t('registry.eligibilityPage.loadFailedTitle')}
      error={error}
      onRetry={onRetry}
      testId="eligibility-load-failed"
    />
  );
}
