// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUES } from '../../locales/catalogues';
import { json, problem } from '../../testing/fake-api';
import { openScreen } from '../../testing/open-screen';
import { IDS, securitySession } from '../registry/registry-test-data';
import { adminSession, catalogue, TRAINING_IDS } from './training-test-data';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const en = CATALOGUES.en.training;
const COURSES = 'GET /api/v1/registry/courses';
const rowOf = (code: string) =>
  screen.getAllByTestId('training-course-row').find((row) => row.dataset.courseCode === code) as HTMLElement;

describe('the course catalogue', () => {
  it('shows standard courses in the reader’s language, added ones as named, and who requires them', async () => {
    openScreen(
      '/registry/courses',
      { 'GET /api/v1/me': json(securitySession()), [COURSES]: json(catalogue()) },
      'fr',
    );
    await screen.findByTestId('training-courses-table');
    const fr = CATALOGUES.fr.training;
    expect(within(rowOf('security_induction')).getByTestId('training-course-name').textContent).toBe(
      fr.courses.securityInduction,
    );
    expect(within(rowOf('first_aid')).getByTestId('training-course-name').textContent).toBe(
      'Premiers secours · First aid',
    );
    expect(within(rowOf('first_aid')).getByTestId('training-course-validity').textContent).toBe(
      fr.catalogue.neverExpires,
    );
    expect(
      within(rowOf('security_induction')).getByTestId('training-course-required-by').textContent,
    ).toContain('Central Prison');
    // A security officer reads; the forms are the administrator's and the director's.
    expect(screen.queryByTestId('training-add-course-form')).toBeNull();
    expect(screen.queryByTestId(`training-requirements-${IDS.central}-form`)).toBeNull();
  });

  it('lets the administrator add a course, and puts the server’s 409 on the code field', async () => {
    const { api } = openScreen('/registry/courses', {
      'GET /api/v1/me': json(adminSession()),
      [COURSES]: json(catalogue({ actions: ['read', 'create'] })),
      'POST /api/v1/registry/courses': problem(409, 'training.course_code_taken', {
        errors: [{ path: '/body/code', code: 'taken', message: 'another course has this code' }],
      }),
    });
    await screen.findByTestId('training-add-course-form');
    fireEvent.change(screen.getByTestId('training-add-course-code'), { target: { value: 'first_aid' } });
    fireEvent.change(screen.getByTestId('training-add-course-name'), { target: { value: 'First aid' } });
    fireEvent.click(screen.getByTestId('training-add-course-submit'));
    await waitFor(() => expect(screen.getByText(en.errors.codeTaken)).toBeTruthy());
    expect(api.to('POST /api/v1/registry/courses')[0]?.body).toEqual({
      code: 'first_aid',
      name: 'First aid',
    });
    expect(screen.getByTestId('training-add-course-code').getAttribute('aria-invalid')).toBe('true');
  });

  it('checks the code before sending', async () => {
    const { api } = openScreen('/registry/courses', {
      'GET /api/v1/me': json(adminSession()),
      [COURSES]: json(catalogue({ actions: ['read', 'create'] })),
    });
    await screen.findByTestId('training-add-course-form');
    fireEvent.change(screen.getByTestId('training-add-course-code'), { target: { value: 'First Aid' } });
    fireEvent.change(screen.getByTestId('training-add-course-name'), { target: { value: 'First aid' } });
    fireEvent.click(screen.getByTestId('training-add-course-submit'));
    await waitFor(() => expect(screen.getByText(en.errors.codePattern)).toBeTruthy());
    expect(api.to('POST /api/v1/registry/courses')).toHaveLength(0);
  });

  it('lets a facility’s director change its requirements per tier', async () => {
    const changed = catalogue();
    const { api } = openScreen('/registry/courses', {
      'GET /api/v1/me': json(adminSession()),
      [COURSES]: json(
        catalogue({
          facilities: [
            { ...changed.facilities[0], actions: ['read', 'change'] } as (typeof changed.facilities)[0],
          ],
        }),
      ),
      [`PUT /api/v1/registry/facilities/${IDS.central}/course-requirements/occasional`]: json(changed),
    });
    const form = await screen.findByTestId(`training-requirements-${IDS.central}-form`);
    fireEvent.click(
      within(form).getByTestId(`training-requirements-${IDS.central}-occasional-security_induction`),
    );
    fireEvent.click(screen.getByTestId(`training-requirements-${IDS.central}-submit`));
    await screen.findByTestId(`training-requirements-${IDS.central}-saved`);
    expect(
      api.to(`PUT /api/v1/registry/facilities/${IDS.central}/course-requirements/occasional`)[0]?.body,
    ).toEqual({ courseIds: [TRAINING_IDS.induction] });
    // The regular tier did not change: it is not sent.
    expect(api.to(`PUT /api/v1/registry/facilities/${IDS.central}/course-requirements/regular`)).toHaveLength(
      0,
    );
  });

  it('shows a refusal, and nothing of the catalogue, to a role that may not read it', async () => {
    openScreen('/registry/courses', {
      'GET /api/v1/me': json(securitySession()),
      [COURSES]: problem(403, 'auth.forbidden'),
    });
    await screen.findByTestId('training-courses-forbidden');
    expect(screen.queryByTestId('training-courses-table')).toBeNull();
  });
});
