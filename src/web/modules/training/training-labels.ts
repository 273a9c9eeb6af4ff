import type { ParseKeys, TFunction } from 'i18next';
import type { STANDARD_COURSES } from '../../../contracts/registry';
import type { AttendanceOutcome } from '../../../contracts/registry-training';

// Training's codes in words. Keys are written out so the key scan sees every one of them.

type Label = { labelKey: ParseKeys };
type StandardCourse = (typeof STANDARD_COURSES)[number];

const STANDARD_COURSE_LABELS: Readonly<Record<StandardCourse, Label>> = {
  security_induction: { labelKey: 'training.courses.securityInduction' },
  dynamic_security: { labelKey: 'training.courses.dynamicSecurity' },
  human_rights_in_prisons: { labelKey: 'training.courses.humanRightsInPrisons' },
  gender_and_trauma_informed_practice: { labelKey: 'training.courses.genderAndTraumaInformedPractice' },
  data_protection: { labelKey: 'training.courses.dataProtection' },
  assessment_tool_certification: { labelKey: 'training.courses.assessmentToolCertification' },
};

export const OUTCOME_LABELS: Readonly<Record<AttendanceOutcome, Label>> = {
  completed: { labelKey: 'training.outcomes.completed' },
  attended_not_completed: { labelKey: 'training.outcomes.attendedNotCompleted' },
  absent: { labelKey: 'training.outcomes.absent' },
};

/**
 * A course's name for the reader: a standard course in the reader's language, a course an
 * administrator added as they named it.
 */
export function courseName(t: TFunction, course: { code: string; name: string }): string {
  const label = Object.hasOwn(STANDARD_COURSE_LABELS, course.code)
    ? STANDARD_COURSE_LABELS[course.code as StandardCourse]
    : undefined;
  return label ? t(label.labelKey) : course.name;
}
