import { useTranslation } from 'react-i18next';
import { Notice } from '../../app/ui/Notice';

/** Before anyone writes: nothing about an identifiable person in custody may go into an entry. */
export function PrivacyReminder() {
  const { t } = useTranslation();
  return (
    <Notice
      tone="info"
      role="status"
      title={t('knowledgeContribute.privacy.title')}
      data-testid="privacy-reminder"
    >
      <p>{t('knowledgeContribute.privacy.body')}</p>
    </Notice>
  );
}
