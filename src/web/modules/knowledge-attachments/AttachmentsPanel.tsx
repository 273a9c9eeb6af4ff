import { Anchor, Input, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTACHMENT_MAX_BYTES, type Entry, KNOWLEDGE_PATHS } from '../../../contracts/knowledge';
import { FormProblem } from '../../app/forms/FormProblem';
import { focusFirstProblem } from '../../app/forms/form-focus';
import { withCurrentCsrfToken } from '../../app/session/fresh-csrf';
import { useApiClient } from '../../app/session/use-api-client';
import { bidiIsolate } from '../../i18n/bidi';
import { formatFileSize } from '../../i18n/format';
import { FormButton, FormButtons } from '../knowledge-contribute/FormButtons';
import { entryChanged } from '../knowledge-contribute/knowledge-api';
import { fileProblemMessage, refusalProblem, type UploadProblem } from './attachment-problems';
import {
  ACCEPTED_ATTACHMENTS,
  ATTACHMENT_ENDINGS,
  attachmentFileProblem,
  attachmentTypeOfFile,
  sendAttachment,
} from './attachment-upload';
import classes from './knowledge-attachments.module.css';

/** What the panel last said in its live region: a file on its way, or attached. */
type Progress = { state: 'sending' | 'attached'; fileName: string };

/** POST the file; once kept, the entry and the lists showing it are asked again. */
function useAttachFile(entryId: string) {
  const queryClient = useQueryClient();
  const client = useApiClient();
  return useMutation({
    mutationFn: (file: File) => {
      const type = attachmentTypeOfFile(file);
      if (type === undefined) throw new Error('a file of no attachment type reached the upload');
      return withCurrentCsrfToken(queryClient, client, () =>
        sendAttachment(queryClient, entryId, file, type),
      );
    },
  });
}

/**
 * An entry's attachments on the contributor's and the editor's screens: each with its size and its
 * download, and, when the entry's `actions` allow `attach`, the form that adds one. Nothing shows on
 * an entry with no attachment that the reader may not add to.
 */
export function AttachmentsPanel({ entry }: { entry: Entry }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const headingId = useId();
  const [progress, setProgress] = useState<Progress | null>(null);
  const canAttach = entry.actions.includes('attach');
  if (!canAttach && entry.attachments.length === 0) return null;
  return (
    <section className={classes.panel} aria-labelledby={headingId} data-testid="attachments-panel">
      <Title order={2} id={headingId}>
        {t('knowledgeAttachments.heading')}
      </Title>
      {entry.attachments.length === 0 ? (
        <p data-testid="attachments-none">{t('knowledgeAttachments.none')}</p>
      ) : (
        <ul className={classes.list}>
          {entry.attachments.map((attachment) => (
            <li key={attachment.id} data-testid="attachment">
              <Anchor
                href={KNOWLEDGE_PATHS.attachment(entry.id, attachment.id)}
                download={attachment.fileName}
                underline="always"
                data-testid="attachment-download"
              >
                <bdi dir="auto">{attachment.fileName}</bdi>
              </Anchor>{' '}
              <span data-testid="attachment-size">({formatFileSize(attachment.sizeBytes, language)})</span>
            </li>
          ))}
        </ul>
      )}
      <p role="status" aria-live="polite" className={classes.status} data-testid="attachments-status">
        {progress?.state === 'sending' &&
          t('knowledgeAttachments.sending', { file: bidiIsolate(progress.fileName) })}
        {progress?.state === 'attached' &&
          t('knowledgeAttachments.attached', { file: bidiIsolate(progress.fileName) })}
      </p>
      {canAttach && <AttachmentForm entryId={entry.id} onProgress={setProgress} />}
    </section>
  );
}

/** The file picker and its button: the file is checked here, then sent as it is. */
function AttachmentForm({
  entryId,
  onProgress,
}: {
  entryId: string;
  onProgress: (progress: Progress | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  const queryClient = useQueryClient();
  const attach = useAttachFile(entryId);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<UploadProblem | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();

  function show(found: UploadProblem) {
    setProblem(found);
    onProgress(null);
    focusFirstProblem(formRef, alertRef);
  }

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (attach.isPending) return;
    const found = attachmentFileProblem(file);
    if (found !== null || file === null) {
      return show({ on: 'file', describe: fileProblemMessage(found ?? 'missing') });
    }
    setProblem(null);
    onProgress({ state: 'sending', fileName: file.name });
    attach.mutateAsync(file).then(
      async (attachment) => {
        setFile(null);
        if (fileInput.current) fileInput.current.value = '';
        onProgress({ state: 'attached', fileName: attachment.fileName });
        await entryChanged(queryClient, entryId);
      },
      (error: unknown) => show(refusalProblem(error)),
    );
  }

  const fileError = problem?.on === 'file' ? problem.describe(t, language) : undefined;
  const describedBy = [`${fileId}-description`, ...(fileError ? [`${fileId}-error`] : [])].join(' ');
  return (
    <form
      ref={formRef}
      onSubmit={send}
      noValidate
      className={classes.form}
      aria-label={t('knowledgeAttachments.formLabel')}
      data-testid="attachment-form"
    >
      <Stack gap="md">
        <FormProblem
          ref={alertRef}
          message={problem?.on === 'form' ? problem.describe(t, language) : null}
          title={t('knowledgeAttachments.notAttachedTitle')}
          testId="attachment-form-error"
        />
        <Input.Wrapper
          id={fileId}
          label={t('knowledgeAttachments.file')}
          description={t('knowledgeAttachments.fileHint', {
            endings: ATTACHMENT_ENDINGS,
            max: formatFileSize(ATTACHMENT_MAX_BYTES, language),
          })}
          error={fileError}
          required
          size="md"
        >
          <input
            ref={fileInput}
            id={fileId}
            type="file"
            accept={ACCEPTED_ATTACHMENTS}
            required
            className={classes.file}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              setFile(event.currentTarget.files?.[0] ?? null);
              setProblem(null);
            }}
            data-testid="attachment-file"
          />
        </Input.Wrapper>
        <FormButtons>
          <FormButton
            type="submit"
            label={t('knowledgeAttachments.submit')}
            pending={attach.isPending}
            testId="attachment-submit"
          />
        </FormButtons>
      </Stack>
    </form>
  );
}
