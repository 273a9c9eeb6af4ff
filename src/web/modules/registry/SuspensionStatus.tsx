import { useTranslation } from 'react-i18next';
import type { PractitionerStanding } from '../../../contracts/registry-practitioners';
import { bidiIsolate } from '../../i18n/bidi';
import { formatInstant } from './registry-format';
import classes from './registry-record.module.css';

/**
 * Whether the practitioner is suspended, since when, and — for prison staff and the administrator,
 * the only readers the server gives it to — why.
 */
export function SuspensionStatus({ standing }: { standing: PractitionerStanding }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const { suspension } = standing;
  const name = bidiIsolate(standing.displayName);
  if (!suspension.suspended) {
    return (
      <p className={classes.hint} data-testid="registry-suspension-status" data-suspended="false">
        {t('registry.practitioner.suspension.notSuspended', { name })}
      </p>
    );
  }
  return (
    <div data-testid="registry-suspension-status" data-suspended="true">
      <p className={classes.hint}>
        <span className={classes.status} data-tone="bad">
          {t('registry.practitioner.suspension.suspended')}
        </span>{' '}
        {suspension.since
          ? t('registry.practitioner.suspension.since', {
              name,
              date: formatInstant(suspension.since, language),
            })
          : t('registry.practitioner.suspension.sinceUnknown', { name })}
      </p>
      {suspension.reason && (
        <p className={classes.hint} data-testid="registry-suspension-reason">
          <strong>{t('registry.practitioner.suspension.reason')}</strong>{' '}
          <span dir="auto" className={classes.statement}>
            {suspension.reason}
          </span>
        </p>
      )}
    </div>
  );
}
