import { useTranslation } from 'react-i18next';
import type { PersonalDataWarning } from '../../../contracts/knowledge';
import { PersonalDataConfirmation } from './PersonalDataConfirmation';
import { PersonalDataWarnings } from './PersonalDataWarnings';

/**
 * The confirmation for words saved to a published entry (its text, new links' labels, a peer review's
 * conclusion): public as soon as they are saved, so the editor confirms each warning first.
 */
export function PublishedTextConfirmation({
  checked,
  onChange,
  testId,
}: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <PersonalDataConfirmation
      label={t('knowledgeContribute.warnings.confirm')}
      hint={t('knowledgeContribute.warnings.confirmHint')}
      checked={checked}
      onChange={onChange}
      testId={testId}
    />
  );
}

/** What the check found in the words as sent, and the confirmation that sends them anyway. */
export function PublishedTextCheck({
  warnings,
  acknowledged,
  onAcknowledge,
  testId,
}: {
  warnings: readonly PersonalDataWarning[];
  acknowledged: boolean;
  onAcknowledge: (checked: boolean) => void;
  testId: string;
}) {
  if (warnings.length === 0) return null;
  return (
    <>
      <PersonalDataWarnings warnings={warnings} />
      <PublishedTextConfirmation checked={acknowledged} onChange={onAcknowledge} testId={testId} />
    </>
  );
}
