import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PractitionerStanding } from '../../../contracts/registry-practitioners';
import { bidiIsolate } from '../../i18n/bidi';
import { CertificateForm } from './CertificateForm';
import { CertificatesTable } from './CertificatesTable';
import { PractitionerDetails } from './PractitionerDetails';
import { RecordOutcome, useRecordOutcome } from './RecordOutcome';
import { RecordSection } from './RecordSection';
import classes from './registry-record.module.css';
import { REGISTRY_ROUTES } from './registry-routes';
import { SignatureForm } from './SignatureForm';
import { SignaturesTable } from './SignaturesTable';
import { SuspensionPanel } from './SuspensionPanel';
import { SuspensionStatus } from './SuspensionStatus';
import { VettingForm } from './VettingForm';
import { VettingHistoryTable } from './VettingHistoryTable';

/**
 * One practitioner's standing, each history with the form that adds to it — offered only when the
 * standing's `actions` allow it: prison staff vet, certify and suspend; the coordinator records
 * signatures.
 */
export function PractitionerRecord({ standing }: { standing: PractitionerStanding }) {
  const { t } = useTranslation();
  const { outcome, ref, say } = useRecordOutcome();
  const may = (action: PractitionerStanding['actions'][number]) => standing.actions.includes(action);

  return (
    <>
      <RecordOutcome outcome={outcome} outcomeRef={ref} />
      <p className={classes.hint}>
        <Anchor
          component={Link}
          to={REGISTRY_ROUTES.eligibility(standing.id)}
          underline="always"
          fw={600}
          data-testid="registry-practitioner-eligibility-link"
        >
          {t('registry.practitioner.eligibilityLink', { name: bidiIsolate(standing.displayName) })}
        </Anchor>
      </p>
      <RecordSection heading={t('registry.practitioner.details.heading')} testId="registry-details-section">
        <PractitionerDetails standing={standing} />
      </RecordSection>
      <RecordSection
        heading={t('registry.practitioner.suspension.heading')}
        testId="registry-suspension-section"
      >
        <SuspensionStatus standing={standing} />
        {(may('suspend') || may('reinstate')) && <SuspensionPanel standing={standing} onChanged={say} />}
      </RecordSection>
      <RecordSection heading={t('registry.practitioner.vetting.heading')} testId="registry-vetting-section">
        {standing.vetting.length > 0 ? (
          <VettingHistoryTable checks={standing.vetting} />
        ) : (
          <p className={classes.hint} data-testid="registry-vetting-none">
            {t('registry.practitioner.vetting.none')}
          </p>
        )}
        {may('record_vetting') && <VettingForm standing={standing} onRecorded={say} />}
      </RecordSection>
      <RecordSection
        heading={t('registry.practitioner.signatures.heading')}
        testId="registry-signatures-section"
      >
        {standing.signatures.length > 0 ? (
          <SignaturesTable signatures={standing.signatures} />
        ) : (
          <p className={classes.hint} data-testid="registry-signatures-none">
            {t('registry.practitioner.signatures.none')}
          </p>
        )}
        {may('record_signature') && <SignatureForm standing={standing} onRecorded={say} />}
      </RecordSection>
      <RecordSection
        heading={t('registry.practitioner.certificates.heading')}
        testId="registry-certificates-section"
      >
        {standing.certificates.length > 0 ? (
          <CertificatesTable certificates={standing.certificates} />
        ) : (
          <p className={classes.hint} data-testid="registry-certificates-none">
            {t('registry.practitioner.certificates.none')}
          </p>
        )}
        {may('record_certificate') && <CertificateForm standing={standing} onRecorded={say} />}
      </RecordSection>
    </>
  );
}
