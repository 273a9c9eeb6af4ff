import { Input, NativeSelect } from '@mantine/core';
import type { TFunction } from 'i18next';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DOCUMENT_MAX_BYTES,
  ORGANISATION_DOCUMENT_KINDS,
  type OrganisationDocumentKind,
} from '../../../contracts/registry-documents';
import { ApiError } from '../../app/api/api-error';
import { bidiIsolate } from '../../i18n/bidi';
import { formatFileSize } from '../../i18n/format';
import { ACCEPTED_FILES, type FileProblem, fileProblem } from './document-upload';
import type { Sentence } from './RecordOutcome';
import { FieldGrid, RegistryForm } from './RegistryForm';
import { codeOptions, ORGANISATION_DOCUMENT_KIND_LABELS } from './registry-labels';
import { useUploadDocument } from './registry-mutations';
import { anyProblem, beforeSending, type FieldChecks, fromRefusal } from './registry-problems';
import { type DescribeProblems, useRegistryProblems } from './use-registry-problems';

const FIELDS = ['kind', 'file'] as const;
type UploadField = (typeof FIELDS)[number];

/**
 * The server's refusal of a file, said on the file field: a type it does not take (415), a name
 * whose ending is not the type's, content that is not what its type says, nothing in it, or too
 * large (413). Anything else is the registry's usual refusal.
 */
function fromUploadRefusal(error: unknown, maxSize: string): DescribeProblems<UploadField> {
  if (!(error instanceof ApiError)) return fromRefusal(error, FIELDS);
  const on =
    (file: (t: TFunction) => string): DescribeProblems<UploadField> =>
    (t) => ({
      fields: { file: file(t) },
      form: t('registry.errors.checkFields'),
    });
  const paths = error.errors.map((fieldError) => fieldError.path);
  if (error.code === 'request.unsupported_media_type' || paths.includes('/querystring/fileName')) {
    return on((t) => t('registry.documentUploadForm.wrongType'));
  }
  if (error.code === 'request.body_too_large') {
    return on((t) => t('registry.documentUploadForm.tooLarge', { max: maxSize }));
  }
  if (error.code === 'document.content_mismatch') {
    return on((t) => t('registry.documentUploadForm.contentMismatch'));
  }
  if (error.code === 'request.empty_body') return on((t) => t('registry.documentUploadForm.empty'));
  return fromRefusal(error, FIELDS);
}

/**
 * Files one of the organisation's documents: its kind and the file, a PDF, PNG or JPEG of at most
 * 10 MB. A file of another type, or too large, is refused here before anything is sent; the server
 * checks again (the content must also start as its type does) and its refusal is said on the field.
 */
export function DocumentUploadForm({
  organisationId,
  onUploaded,
}: {
  organisationId: string;
  onUploaded: (sentence: Sentence) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const [kind, setKind] = useState<OrganisationDocumentKind | ''>('');
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const { problems, show, clear, formRef, alertRef } = useRegistryProblems<UploadField>();
  const upload = useUploadDocument(organisationId);
  const maxSize = formatFileSize(DOCUMENT_MAX_BYTES, language);

  const fileMessage = (problem: FileProblem, t: TFunction) => {
    switch (problem) {
      case 'missing':
        return t('registry.documentUploadForm.fileMissing');
      case 'wrong_type':
        return t('registry.documentUploadForm.wrongType');
      case 'empty':
        return t('registry.documentUploadForm.empty');
      case 'too_large':
        return t('registry.documentUploadForm.tooLarge', { max: maxSize });
    }
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (upload.isPending) return;
    const problem = fileProblem(file);
    const checks: FieldChecks<UploadField> = (t) => ({
      kind: kind === '' ? t('registry.errors.chooseOne') : undefined,
      file: problem === null ? undefined : fileMessage(problem, t),
    });
    if (anyProblem(checks(t)) || kind === '' || file === null) return show(beforeSending(checks));
    clear();
    upload.mutateAsync({ kind, file }).then(
      (document) => {
        setKind('');
        setFile(null);
        if (fileInput.current) fileInput.current.value = '';
        onUploaded((t) =>
          t('registry.documentUploadForm.uploaded', { file: bidiIsolate(document.fileName) }),
        );
      },
      (error: unknown) => show(fromUploadRefusal(error, maxSize)),
    );
  }

  const describedBy = [`${fileId}-description`, ...(problems.fields.file ? [`${fileId}-error`] : [])].join(
    ' ',
  );

  return (
    <RegistryForm
      heading={t('registry.documentUploadForm.heading')}
      testId="registry-document-upload"
      formRef={formRef}
      alertRef={alertRef}
      problem={problems.form}
      onSubmit={submit}
      submitLabel={t('registry.documentUploadForm.submit')}
      pending={upload.isPending}
    >
      <FieldGrid>
        <NativeSelect
          label={t('registry.documentUploadForm.kind')}
          size="md"
          required
          value={kind}
          error={problems.fields.kind}
          onChange={(event) => setKind(event.currentTarget.value as OrganisationDocumentKind | '')}
          data={codeOptions(
            t,
            t('registry.documentUploadForm.chooseKind'),
            ORGANISATION_DOCUMENT_KINDS,
            ORGANISATION_DOCUMENT_KIND_LABELS,
          )}
          data-testid="registry-document-upload-kind"
        />
        <Input.Wrapper
          id={fileId}
          label={t('registry.documentUploadForm.file')}
          description={t('registry.documentUploadForm.fileHint', { max: maxSize })}
          error={problems.fields.file}
          required
          size="md"
        >
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            accept={ACCEPTED_FILES}
            required
            aria-invalid={problems.fields.file ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => setFile(event.currentTarget.files?.[0] ?? null)}
            data-testid="registry-document-upload-file"
          />
        </Input.Wrapper>
      </FieldGrid>
    </RegistryForm>
  );
}
