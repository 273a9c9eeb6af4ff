import { Checkbox, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccessTier } from '../../../contracts/registry';
import type { Course, FacilityRequirements } from '../../../contracts/registry-training';
import { bidiIsolate } from '../../i18n/bidi';
import { FieldGrid, RegistryForm } from '../registry/RegistryForm';
import { ACCESS_TIER_LABELS } from '../registry/registry-labels';
import { useRegistryProblems } from '../registry/use-registry-problems';
import { useChangeRequirements } from './training-api';
import { courseName } from './training-labels';
import { trainingRefusal } from './training-problems';

const TIERS = ['occasional', 'regular'] as const satisfies readonly AccessTier[];

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * Which courses one facility requires of each access tier, as a checkbox list per tier. Saving sends
 * each tier that changed (PUT …/course-requirements/{tier}); the eligibility answer follows at once.
 */
export function RequirementsForm({
  facility,
  courses,
}: {
  facility: FacilityRequirements;
  courses: readonly Course[];
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ occasional: facility.occasional, regular: facility.regular });
  const [saved, setSaved] = useState(false);
  const { problems, show, clear, formRef, alertRef } = useRegistryProblems<AccessTier>();
  const change = {
    occasional: useChangeRequirements(facility.id, 'occasional'),
    regular: useChangeRequirements(facility.id, 'regular'),
  };
  const pending = change.occasional.isPending || change.regular.isPending;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    clear();
    setSaved(false);
    for (const tier of TIERS) {
      if (sameSet(draft[tier], facility[tier])) continue;
      try {
        await change[tier].mutateAsync({ courseIds: draft[tier] });
      } catch (error) {
        show(trainingRefusal(error, TIERS, (path) => (path.startsWith('/body/courseIds') ? tier : null)));
        return;
      }
    }
    setSaved(true);
  }

  const testId = `training-requirements-${facility.id}`;
  return (
    <RegistryForm
      heading={t('training.requirements.heading', { facility: bidiIsolate(facility.name) })}
      intro={t('training.requirements.intro')}
      testId={testId}
      formRef={formRef}
      alertRef={alertRef}
      problem={problems.form}
      onSubmit={(event) => void submit(event)}
      submitLabel={t('training.requirements.submit')}
      pending={pending}
    >
      {saved && (
        <p role="status" data-testid={`${testId}-saved`}>
          {t('training.requirements.saved')}
        </p>
      )}
      <FieldGrid>
        {TIERS.map((tier) => (
          <Checkbox.Group
            key={tier}
            label={t(ACCESS_TIER_LABELS[tier].labelKey)}
            value={draft[tier]}
            error={problems.fields[tier]}
            onChange={(value) => setDraft((current) => ({ ...current, [tier]: value }))}
            data-testid={`${testId}-${tier}`}
          >
            <Stack gap="xs" mt="xs">
              {courses.map((course) => (
                <Checkbox
                  key={course.id}
                  value={course.id}
                  label={courseName(t, course)}
                  data-testid={`${testId}-${tier}-${course.code}`}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        ))}
      </FieldGrid>
    </RegistryForm>
  );
}
