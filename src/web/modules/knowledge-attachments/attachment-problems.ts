import type { TFunction } from 'i18next';
import { ATTACHMENT_MAX_BYTES } from '../../../contracts/knowledge';
import { ApiError } from '../../app/api/api-error';
import { formatFileSize } from '../../i18n/format';
import { knowledgeFormMessage } from '../knowledge-contribute/entry-problems';
import { ATTACHMENT_ENDINGS, type AttachmentFileProblem } from './attachment-upload';

// Why a file was not attached, in the reader's words: found before sending, or the server's refusal
// by its stable code (attachments/file-checks.ts). Kept as how to say it, not the sentence, so a reader
// who switches language afterwards reads it in the new one.

export type DescribeProblem = (t: TFunction, language: string) => string;

/** A problem of the chosen file is said on the file field; any other above the form. */
export interface UploadProblem {
  on: 'file' | 'form';
  describe: DescribeProblem;
}

const maxSize = (language: string) => formatFileSize(ATTACHMENT_MAX_BYTES, language);

/** A problem found before sending, in words naming the limit. */
export function fileProblemMessage(problem: AttachmentFileProblem): DescribeProblem {
  return (t, language) => {
    switch (problem) {
      case 'missing':
        return t('knowledgeAttachments.problems.missing');
      case 'wrong_type':
        return t('knowledgeAttachments.problems.wrongType', { endings: ATTACHMENT_ENDINGS });
      case 'empty':
        return t('knowledgeAttachments.problems.empty');
      case 'too_large':
        return t('knowledgeAttachments.problems.tooLarge', { max: maxSize(language) });
      case 'name_too_long':
        return t('knowledgeAttachments.problems.nameTooLong');
    }
  };
}

/** The server's refusal of an upload; anything not about the file is said as other knowledge forms say it. */
export function refusalProblem(error: unknown): UploadProblem {
  const onFile = (describe: DescribeProblem): UploadProblem => ({ on: 'file', describe });
  if (error instanceof ApiError) {
    const fileName = error.errors.find((fieldError) => fieldError.path === '/querystring/fileName');
    if (error.code === 'request.body_too_large' || error.status === 413) {
      return onFile(fileProblemMessage('too_large'));
    }
    if (
      error.code === 'request.unsupported_media_type' ||
      error.status === 415 ||
      fileName?.code === 'extension_mismatch'
    ) {
      return onFile(fileProblemMessage('wrong_type'));
    }
    if (error.code === 'request.empty_body') return onFile(fileProblemMessage('empty'));
    if (error.code === 'document.content_mismatch') {
      return onFile((t) => t('knowledgeAttachments.problems.contentMismatch'));
    }
    if (fileName) return onFile((t) => t('knowledgeAttachments.problems.badName'));
  }
  return { on: 'form', describe: (t, language) => knowledgeFormMessage(error, t, language) };
}
