import { AppError, type FieldError } from '../../../platform/http/problem.ts';

export { invalidRequest, isUniqueViolation } from '../practitioners/errors.ts';

/** Course codes are unique in a tenant (`courses_tenant_id_code_key`). */
export const courseCodeTaken = () =>
  new AppError(
    409,
    'training.course_code_taken',
    'Course code taken',
    'The catalogue has a course with this code already.',
    [{ path: '/body/code', code: 'taken', message: 'another course has this code' }],
  );

/** Attendance is taken once the session has been held, not before. */
export const sessionNotHeld = () =>
  new AppError(
    400,
    'training.session_not_held',
    'Session not held yet',
    'Attendance can be recorded on or after the day the session is held.',
    [{ path: '/params/id', code: 'in_future', message: 'the session has not been held yet' }],
  );

/** A participant's attendance is recorded once per session (the table refuses changes). */
export const attendanceAlreadyRecorded = (errors: FieldError[]) =>
  new AppError(
    409,
    'training.attendance_already_recorded',
    'Attendance already recorded',
    'Some participants are named twice, or their attendance at this session is recorded already.',
    errors,
  );

export const unknownCourse = (path: string): FieldError => ({
  path,
  code: 'unknown_course',
  message: 'no such course',
});
