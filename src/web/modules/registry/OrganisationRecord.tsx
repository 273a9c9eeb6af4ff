import { useTranslation } from 'react-i18next';
import type { RegistryOrganisation } from '../../../contracts/registry-organisations';
import { DueDiligencePanel } from '../registry-review/DueDiligencePanel';
import { AccreditationView } from './AccreditationView';
import { AgreementForm } from './AgreementForm';
import { AgreementsTable } from './AgreementsTable';
import { ApplyForm } from './ApplyForm';
import { DecisionForm } from './DecisionForm';
import { DecisionHistoryTable } from './DecisionHistoryTable';
import { decidableStatuses } from './decision-draft';
import { ExpiringSection } from './ExpiringSection';
import { OrganisationDocuments } from './OrganisationDocuments';
import { OrganisationPractitioners } from './OrganisationPractitioners';
import { OrganisationProfileView } from './OrganisationProfileView';
import { ProfileForm } from './ProfileForm';
import { ProfileHistoryTable } from './ProfileHistoryTable';
import { RecordOutcome, useRecordOutcome } from './RecordOutcome';
import { RecordSection } from './RecordSection';
import { useRegistryFacilities } from './registry-api';
import { facilityNamer } from './registry-format';
import classes from './registry-record.module.css';

/**
 * One organisation's registry record — first what expires soon, then each part with the form that changes it — offered only when
 * the record's `actions` (and, for decisions, `nextStatuses`) allow it, so nothing is offered that the
 * server would refuse.
 */
export function OrganisationRecord({ record }: { record: RegistryOrganisation }) {
  const { t } = useTranslation();
  const facilities = useRegistryFacilities();
  const facilityName = facilityNamer(facilities.data);
  const { outcome, ref, say } = useRecordOutcome();
  const may = (action: RegistryOrganisation['actions'][number]) => record.actions.includes(action);
  const mayApply = may('apply') && record.nextStatuses.includes('applied');
  const mayDecide = may('decide') && decidableStatuses(record).length > 0;

  return (
    <>
      <RecordOutcome outcome={outcome} outcomeRef={ref} />
      <RecordSection heading={t('registry.expiring.heading')} testId="registry-expiring-section">
        <ExpiringSection organisationId={record.id} />
      </RecordSection>
      <RecordSection heading={t('registry.organisation.profile.heading')} testId="registry-profile-section">
        <OrganisationProfileView profile={record.profile} />
        {may('update_profile') && <ProfileForm record={record} onSaved={say} />}
      </RecordSection>
      <RecordSection
        heading={t('registry.organisation.profileHistory.heading')}
        testId="registry-profile-history-section"
      >
        <p className={classes.hint}>{t('registry.organisation.profileHistory.intro')}</p>
        {record.profileHistory.length > 0 ? (
          <ProfileHistoryTable versions={record.profileHistory} />
        ) : (
          <p className={classes.hint} data-testid="registry-profile-history-none">
            {t('registry.organisation.profileHistory.none')}
          </p>
        )}
      </RecordSection>
      <RecordSection
        heading={t('registry.organisation.accreditation.heading')}
        testId="registry-accreditation-section"
      >
        <AccreditationView accreditation={record.accreditation} facilityName={facilityName} />
        {mayApply && <ApplyForm record={record} onApplied={say} />}
        {/* A new key per standing: a decision taken starts the next one from the new record. */}
        {mayDecide && (
          <DecisionForm key={record.accreditation?.id ?? 'none'} record={record} onDecided={say} />
        )}
      </RecordSection>
      {/* The checks an accreditation rests on, next to the decision they allow. */}
      <DueDiligencePanel organisationId={record.id} />
      <RecordSection heading={t('registry.organisation.history.heading')} testId="registry-history-section">
        <p className={classes.hint}>{t('registry.organisation.history.intro')}</p>
        {record.decisions.length > 0 ? (
          <DecisionHistoryTable decisions={record.decisions} />
        ) : (
          <p className={classes.hint} data-testid="registry-history-none">
            {t('registry.organisation.history.none')}
          </p>
        )}
      </RecordSection>
      <RecordSection
        heading={t('registry.organisation.agreements.heading')}
        testId="registry-agreements-section"
      >
        {record.agreements.length > 0 ? (
          <AgreementsTable agreements={record.agreements} />
        ) : (
          <p className={classes.hint} data-testid="registry-agreements-none">
            {t('registry.organisation.agreements.none')}
          </p>
        )}
        {may('record_agreement') && <AgreementForm record={record} onRecorded={say} />}
      </RecordSection>
      <RecordSection
        heading={t('registry.organisation.practitioners.heading')}
        testId="registry-practitioners-section"
      >
        <OrganisationPractitioners organisationId={record.id} onAdded={say} />
      </RecordSection>
      <RecordSection
        heading={t('registry.organisationDocuments.heading')}
        testId="registry-documents-section"
      >
        <OrganisationDocuments organisationId={record.id} onUploaded={say} />
      </RecordSection>
    </>
  );
}
