import { useTranslation } from 'react-i18next';
import { Pending } from '../ui/Pending';

/** Shown for the moment it takes to ask the server who is signed in. */
export function SessionPending() {
  const { t } = useTranslation();
  return <Pending label={t('session.checking')} testId="session-pending" />;
}
