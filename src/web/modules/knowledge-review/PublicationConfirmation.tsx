import { useTranslation } from 'react-i18next';
import { PersonalDataConfirmation } from '../knowledge-contribute/PersonalDataConfirmation';

/**
 * The editor's confirmation of the personal-data warnings before an entry is made public, by
 * publishing it or restoring it from the archive: both publish the same words, in the same terms.
 */
export function PublicationConfirmation({
  checked,
  onChange,
  error,
  testId,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  error: string | undefined;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <PersonalDataConfirmation
      label={t('knowledgeReview.publish.acknowledge')}
      hint={t('knowledgeReview.publish.acknowledgeHint')}
      checked={checked}
      error={error}
      onChange={onChange}
      testId={testId}
    />
  );
}
