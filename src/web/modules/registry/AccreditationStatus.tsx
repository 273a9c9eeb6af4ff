import { useTranslation } from 'react-i18next';
import type { AccreditationStatus as Status } from '../../../contracts/registry';
import { ACCREDITATION_STATUS_LABELS, NO_APPLICATION } from './registry-labels';
import classes from './registry-record.module.css';

// Accredited reads as standing, suspended, revoked and refused as barred; the rest as on its way.
const TONES: Record<Status, 'good' | 'bad' | 'neutral'> = {
  applied: 'neutral',
  under_review: 'neutral',
  accredited: 'good',
  suspended: 'bad',
  revoked: 'bad',
  refused: 'bad',
};

/** Where an accreditation stands, in words (with a border and a colour as second cues). */
export function AccreditationStatus({ status, testId }: { status: Status | null; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span
      className={classes.status}
      data-tone={status ? TONES[status] : 'neutral'}
      data-status={status ?? 'none'}
      data-testid={testId}
    >
      {status ? t(ACCREDITATION_STATUS_LABELS[status].labelKey) : t(NO_APPLICATION.labelKey)}
    </span>
  );
}
