import { NativeSelect, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SIGNED_DOCUMENTS, type SignedDocument } from '../../../contracts/registry';
import type { PractitionerStanding, RecordSignatureRequest } from '../../../contracts/registry-practitioners';
import { useInputDirection } from '../../app/forms/form-focus';
import { bidiIsolate } from '../../i18n/bidi';
import { dayProblem, lineProblem } from './check-registry';
import type { Sentence } from './RecordOutcome';
import { codeOptions, DOCUMENT_LABELS, SIGNED_DOCUMENT_LABELS } from './registry-labels';
import { useRecordSignature } from './registry-mutations';
import { anyProblem, beforeSending, type FieldChecks, fromRefusal } from './registry-problems';
import { useRegistryProblems } from './use-registry-problems';

const FIELDS = ['document', 'version', 'signedOn'] as const;
type SignatureField = (typeof FIELDS)[number];

const EMPTY = { document: '' as SignedDocument | '', version: '', signedOn: '' };

import { DayField } from './DayField';
import { FieldGrid, RegistryForm } from './RegistryForm';

/**
 * That the practitioner signed a version of the code of conduct or of the confidentiality agreement,
 * recorded by the organisation's coordinator (POST …/signatures). Which versions are in force only
 * the server knows (the API lists none yet): a version it has not issued is said next to the field.
 */
export function SignatureForm({
  standing,
  onRecorded,
}: {
  standing: PractitionerStanding;
  onRecorded: (sentence: Sentence) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(EMPTY);
  const { problems, show, clear, formRef, alertRef } = useRegistryProblems<SignatureField>();
  const versionRef = useRef<HTMLInputElement>(null);
  useInputDirection(versionRef, 'auto');
  const record = useRecordSignature(standing.id);
  const set = (change: Partial<typeof EMPTY>) => setDraft((current) => ({ ...current, ...change }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const checks: FieldChecks<SignatureField> = (t) => ({
      document: draft.document === '' ? t('registry.errors.chooseOne') : undefined,
      version: lineProblem(draft.version, { required: true, max: 40 }, t),
      signedOn: dayProblem(draft.signedOn, { required: true }, t),
    });
    if (draft.document === '' || anyProblem(checks(t))) return show(beforeSending(checks));
    clear();
    const document = draft.document;
    const body: RecordSignatureRequest = {
      document,
      version: draft.version.trim(),
      signedOn: draft.signedOn,
    };
    record.mutateAsync(body).then(
      () => {
        setDraft(EMPTY);
        onRecorded((t) =>
          t('registry.signatureForm.recorded', {
            name: bidiIsolate(standing.displayName),
            document: t(DOCUMENT_LABELS[document].labelKey),
            version: bidiIsolate(body.version),
          }),
        );
      },
      (error: unknown) => show(fromRefusal(error, FIELDS)),
    );
  }

  return (
    <RegistryForm
      heading={t('registry.signatureForm.heading')}
      testId="registry-signature"
      formRef={formRef}
      alertRef={alertRef}
      problem={problems.form}
      onSubmit={submit}
      submitLabel={t('registry.signatureForm.submit')}
      pending={record.isPending}
    >
      <FieldGrid>
        <NativeSelect
          label={t('registry.signatureForm.document')}
          size="md"
          required
          value={draft.document}
          error={problems.fields.document}
          onChange={(event) => set({ document: event.currentTarget.value as SignedDocument | '' })}
          data={codeOptions(
            t,
            t('registry.signatureForm.chooseDocument'),
            SIGNED_DOCUMENTS,
            SIGNED_DOCUMENT_LABELS,
          )}
          data-testid="registry-signature-document"
        />
        <TextInput
          ref={versionRef}
          label={t('registry.signatureForm.version')}
          description={t('registry.signatureForm.versionHint')}
          size="md"
          required
          autoComplete="off"
          value={draft.version}
          error={problems.fields.version}
          onChange={(event) => set({ version: event.currentTarget.value })}
          data-testid="registry-signature-version"
        />
        <DayField
          label={t('registry.signatureForm.signedOn')}
          required
          value={draft.signedOn}
          error={problems.fields.signedOn}
          onChange={(signedOn) => set({ signedOn })}
          testId="registry-signature-signed-on"
        />
      </FieldGrid>
    </RegistryForm>
  );
}
