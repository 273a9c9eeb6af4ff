import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/api/api-error';
import { LoadFailed } from '../../app/ui/LoadFailed';
import { Pending } from '../../app/ui/Pending';
import { DocumentsTable } from './DocumentsTable';
import { DocumentUploadForm } from './DocumentUploadForm';
import type { Sentence } from './RecordOutcome';
import { useOrganisationDocuments } from './registry-api';
import classes from './registry-record.module.css';

/**
 * The organisation's documents, for those the server lets read them (the coordinator, the
 * administrator, directors and security officers), with the upload form when the answer's `actions`
 * include `upload`. Anyone else is told the documents are not open to them, and sees no file.
 */
export function OrganisationDocuments({
  organisationId,
  onUploaded,
}: {
  organisationId: string;
  onUploaded: (sentence: Sentence) => void;
}) {
  const { t } = useTranslation();
  const documents = useOrganisationDocuments(organisationId);
  if (documents.isError && !documents.data) {
    if (documents.error instanceof ApiError && [403, 404].includes(documents.error.status)) {
      return (
        <p className={classes.hint} data-testid="registry-documents-closed">
          {t('registry.organisationDocuments.closed')}
        </p>
      );
    }
    return (
      <LoadFailed
        title={t('registry.organisationDocuments.loadFailedTitle')}
        error={documents.error}
        onRetry={() => documents.refetch()}
        testId="registry-documents-load-failed"
      />
    );
  }
  if (!documents.data) return <Pending label={t('registry.organisationDocuments.loading')} />;
  const { items, actions } = documents.data;
  return (
    <>
      {items.length > 0 ? (
        <DocumentsTable documents={items} />
      ) : (
        <p className={classes.hint} data-testid="registry-documents-none">
          {t('registry.organisationDocuments.none')}
        </p>
      )}
      {actions.includes('upload') && (
        <DocumentUploadForm organisationId={organisationId} onUploaded={onUploaded} />
      )}
    </>
  );
}
