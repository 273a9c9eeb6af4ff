import type { QueryClient } from '@tanstack/react-query';
import type { SignedIn } from '../../../contracts/identity';
import {
  ATTACHMENT_CONTENT_TYPES,
  ATTACHMENT_EXTENSIONS,
  ATTACHMENT_MAX_BYTES,
  type Attachment,
  KNOWLEDGE_PATHS,
} from '../../../contracts/knowledge';
import { createApiClient } from '../../app/api/api-client';
import { sessionQueryKey } from '../../app/session/session-key';

// An attachment goes up as the raw body of its POST, with its own Content-Type and its name in the
// query (server attachments/routes.ts). The checks below stop what the server would refuse before a
// byte is sent; the server checks again, the content's first bytes included.

export type AttachmentContentType = (typeof ATTACHMENT_CONTENT_TYPES)[number];

/** What the browser says of a chosen file, as far as the checks go. */
export interface ChosenFile {
  name: string;
  size: number;
  type: string;
}

export type AttachmentFileProblem = 'missing' | 'wrong_type' | 'empty' | 'too_large' | 'name_too_long';

/** The longest name the server keeps (`AttachmentUploadQuery.fileName`). */
const MAX_NAME_LENGTH = 255;

/**
 * The type a file is sent as: the one its name's ending says. The browser's own type is not trusted
 * to name it (Windows calls a CSV file `application/vnd.ms-excel`), only to contradict it: a `.pdf`
 * the browser knows as a PNG image is not sent.
 */
export function attachmentTypeOfFile(file: ChosenFile): AttachmentContentType | undefined {
  const name = file.name.toLowerCase();
  const byName = ATTACHMENT_CONTENT_TYPES.find((type) =>
    ATTACHMENT_EXTENSIONS[type].some((ending) => name.endsWith(ending)),
  );
  const declared = ATTACHMENT_CONTENT_TYPES.find((type) => type === file.type.toLowerCase());
  if (declared !== undefined && declared !== byName) return undefined;
  return byName;
}

/** Why a file cannot be sent, or null when it may be. */
export function attachmentFileProblem(file: ChosenFile | null): AttachmentFileProblem | null {
  if (file === null) return 'missing';
  if (attachmentTypeOfFile(file) === undefined) return 'wrong_type';
  if (file.size === 0) return 'empty';
  if (file.size > ATTACHMENT_MAX_BYTES) return 'too_large';
  if (file.name.length > MAX_NAME_LENGTH) return 'name_too_long';
  return null;
}

/** The file picker's `accept`: the endings the server takes, and their types. */
export const ACCEPTED_ATTACHMENTS = ATTACHMENT_CONTENT_TYPES.flatMap((type) => [
  ...ATTACHMENT_EXTENSIONS[type],
  type,
]).join(',');

/** The endings in words for the hint, e.g. "PDF, PNG, JPG, JPEG, CSV, TXT". */
export const ATTACHMENT_ENDINGS = ATTACHMENT_CONTENT_TYPES.flatMap((type) => ATTACHMENT_EXTENSIONS[type])
  .map((ending) => ending.slice(1).toUpperCase())
  .join(', ');

/**
 * POST the file as an attachment of the entry; resolves to the attachment as kept. The JSON client
 * makes the request (the session's CSRF token, the refusal read into an ApiError, no answer into a
 * NetworkError); it only knows JSON bodies, so the file and its type go in at the fetch it calls.
 */
export function sendAttachment(
  queryClient: QueryClient,
  entryId: string,
  file: File,
  contentType: AttachmentContentType,
): Promise<Attachment> {
  const client = createApiClient({
    csrfToken: () => queryClient.getQueryData<SignedIn | null>(sessionQueryKey)?.csrfToken,
    fetch: (input, init) =>
      globalThis.fetch(input, {
        ...init,
        headers: { ...(init?.headers as Record<string, string>), 'content-type': contentType },
        body: file,
      }),
  });
  const query = new URLSearchParams({ fileName: file.name });
  return client.post<Attachment>(`${KNOWLEDGE_PATHS.attachments(entryId)}?${query}`);
}
