// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CourseCatalogue } from '../../../contracts/registry-training';
import { CATALOGUES } from '../../locales/catalogues';
import { caseManagerSession, json, problem } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { IDS } from '../registry/registry-test-data';
import { adminSession, catalogue, TRAINING_IDS } from './training-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.training;
const COURSES = 'GET /api/v1/registry/courses';
const PATCH_FIRST_AID = `PATCH /api/v1/registry/courses/${TRAINING_IDS.firstAid}`;

/** The catalogue as the administrator reads it: every course may be changed. */
const editable = (): CourseCatalogue => {
  const base = catalogue({ actions: ['read', 'create'] });
  return { ...base, courses: base.courses.map((course) => ({ ...course, actions: ['read', 'update'] })) };
};

describe('changing a course', () => {
  it('lets the administrator rename an added course and give it a validity, sending only what changed', async () => {
    const after = editable();
    const changed = {
      ...after,
      courses: after.courses.map((course) =>
        course.code === 'first_aid' ? { ...course, name: 'First aid at work', validityMonths: 36 } : course,
      ),
    };
    const { api } = openScreen('/registry/courses', {
      'GET /api/v1/me': json(adminSession()),
      [COURSES]: json(editable()),
      [PATCH_FIRST_AID]: json(changed),
    });
    await screen.findByTestId('training-edit-course-first_aid-form');
    expect(screen.getAllByText(en.editCourse.intro)).toHaveLength(2);
    // A standard course is named by the translations: only its validity is offered.
    expect(screen.getByTestId('training-edit-course-security_induction-form')).toBeTruthy();
    expect(screen.queryByTestId('training-edit-course-security_induction-name')).toBeNull();
    fireEvent.change(screen.getByTestId('training-edit-course-first_aid-name'), {
      target: { value: ' First aid at work ' },
    });
    fireEvent.change(screen.getByTestId('training-edit-course-first_aid-validity'), {
      target: { value: '36' },
    });
    fireEvent.click(screen.getByTestId('training-edit-course-first_aid-submit'));
    await screen.findByTestId('training-edit-course-first_aid-saved');
    expect(api.to(PATCH_FIRST_AID)[0]?.body).toEqual({ name: 'First aid at work', validityMonths: 36 });
    await waitFor(() =>
      expect(screen.getAllByTestId('training-course-name').map((cell) => cell.textContent)).toContain(
        'First aid at work',
      ),
    );
  });

  it('sends null for an emptied validity, and puts the server’s field error on the field', async () => {
    const PATCH_INDUCTION = `PATCH /api/v1/registry/courses/${TRAINING_IDS.induction}`;
    const { api } = openScreen('/registry/courses', {
      'GET /api/v1/me': json(adminSession()),
      [COURSES]: json(editable()),
      [PATCH_INDUCTION]: problem(400, 'request.invalid', {
        errors: [{ path: '/body/validityMonths', code: 'type', message: 'must be integer' }],
      }),
    });
    const validity = await screen.findByTestId('training-edit-course-security_induction-validity');
    fireEvent.change(validity, { target: { value: '' } });
    fireEvent.click(screen.getByTestId('training-edit-course-security_induction-submit'));
    await waitFor(() => expect(validity.getAttribute('aria-invalid')).toBe('true'));
    expect(api.to(PATCH_INDUCTION)[0]?.body).toEqual({ validityMonths: null });
    expect(screen.getByTestId('training-edit-course-security_induction-form-error')).toBeTruthy();
    expect(screen.queryByTestId('training-edit-course-security_induction-saved')).toBeNull();
  });

  it('checks before sending: a blank name, a validity out of range, or nothing changed', async () => {
    const { api } = openScreen('/registry/courses', {
      'GET /api/v1/me': json(adminSession()),
      [COURSES]: json(editable()),
    });
    await screen.findByTestId('training-edit-course-first_aid-form');
    fireEvent.click(screen.getByTestId('training-edit-course-first_aid-submit'));
    await waitFor(() => expect(screen.getByText(en.editCourse.unchanged)).toBeTruthy());
    fireEvent.change(screen.getByTestId('training-edit-course-first_aid-name'), { target: { value: '  ' } });
    fireEvent.change(screen.getByTestId('training-edit-course-first_aid-validity'), {
      target: { value: '500' },
    });
    fireEvent.click(screen.getByTestId('training-edit-course-first_aid-submit'));
    await waitFor(() => expect(screen.getByText(en.errors.validityRange)).toBeTruthy());
    expect(screen.getByTestId('training-edit-course-first_aid-name').getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(api.to(PATCH_FIRST_AID)).toHaveLength(0);
  });

  it('is not offered to a facility’s director, who may change requirements only', async () => {
    const base = catalogue();
    openScreen('/registry/courses', {
      'GET /api/v1/me': json(
        caseManagerSession({
          roles: [
            {
              role: 'director',
              scope: 'facility',
              facility: { id: IDS.central, code: 'CENTRAL', name: 'Central Prison' },
              organisation: null,
            },
          ],
        }),
      ),
      [COURSES]: json({
        ...base,
        facilities: base.facilities.map((facility) => ({ ...facility, actions: ['read', 'change'] })),
      } satisfies CourseCatalogue),
    });
    await screen.findByTestId(`training-requirements-${IDS.central}-form`);
    expect(screen.queryByTestId('training-edit-course-first_aid-form')).toBeNull();
    expect(screen.queryByTestId('training-edit-course-security_induction-form')).toBeNull();
  });
});
