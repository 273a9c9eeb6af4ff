import { useTranslation } from 'react-i18next';
import { formatDay } from './EligibilityAnswerView';
import { expiryStanding, readerToday } from './expiry';
import classes from './registry-record.module.css';

/**
 * A last day in words, marked when it matters: "Expired on 3 May 2026" with an "Expired" badge once
 * past, "15 June 2026" with "Expires in 12 days" within 60 days, the day alone otherwise. The badge is
 * a word in a border, so it reads without colour. `today` is the reader's unless given.
 */
export function ExpiryMarker({
  lastDay,
  today = readerToday(),
  testId,
}: {
  lastDay: string;
  today?: string;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const standing = expiryStanding(lastDay, today);
  const date = formatDay(lastDay, language);
  if (standing.state === 'valid') return <span data-testid={testId}>{date}</span>;
  return (
    <span data-testid={testId} data-expiry={standing.state}>
      {standing.state === 'expired' ? t('registry.expiry.expiredOn', { date }) : date}{' '}
      <ExpiryBadge state={standing.state} daysLeft={standing.daysLeft} />
    </span>
  );
}

/** "Expired", "Expires today" or "Expires in N days", as a bordered word. */
export function ExpiryBadge({ state, daysLeft }: { state: 'expired' | 'expires_soon'; daysLeft: number }) {
  const { t } = useTranslation();
  const words =
    state === 'expired'
      ? t('registry.expiry.expired')
      : daysLeft === 0
        ? t('registry.expiry.expiresToday')
        : t('registry.expiry.expiresInDays', { count: daysLeft });
  return (
    <span
      className={classes.status}
      data-tone={state === 'expired' ? 'bad' : 'soon'}
      data-testid="registry-expiry-badge"
    >
      {words}
    </span>
  );
}
