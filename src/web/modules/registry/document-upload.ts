import type { QueryClient } from '@tanstack/react-query';
import type { SignedIn } from '../../../contracts/identity';
import type { Problem } from '../../../contracts/problem';
import {
  DOCUMENT_CONTENT_TYPE_NAMES,
  DOCUMENT_CONTENT_TYPES,
  DOCUMENT_MAX_BYTES,
  type DocumentContentType,
  type OrganisationDocument,
  type OrganisationDocumentKind,
  REGISTRY_DOCUMENT_PATHS,
} from '../../../contracts/registry-documents';
import { ApiError, NetworkError } from '../../app/api/api-error';
import { sessionQueryKey } from '../../app/session/session-key';

// A document goes up as the raw body of its POST, with its own Content-Type and its kind and name in
// the query (documents/upload-route.ts), which the JSON API client does not send: this is that one
// request, with the session's CSRF token as every state-changing request carries it. The checks
// below stop what the server would refuse before a byte is sent; the server checks again.

/** What the browser says of a chosen file, as far as the checks go. */
export interface ChosenFile {
  name: string;
  size: number;
  type: string;
}

export type FileProblem = 'missing' | 'too_large' | 'wrong_type' | 'empty';

/** The document type of a file, by its declared type or, failing that, its name's ending. */
export function documentTypeOfFile(file: ChosenFile): DocumentContentType | undefined {
  const name = file.name.toLowerCase();
  const byName = DOCUMENT_CONTENT_TYPE_NAMES.find((type) =>
    DOCUMENT_CONTENT_TYPES[type].some((ending) => name.endsWith(ending)),
  );
  // The declared type and the name must agree (the server refuses a .pdf sent as image/png).
  if (file.type !== '' && file.type !== byName) return undefined;
  return byName;
}

/** Why a file cannot be sent, or null when it may be. */
export function fileProblem(file: ChosenFile | null): FileProblem | null {
  if (file === null) return 'missing';
  if (documentTypeOfFile(file) === undefined) return 'wrong_type';
  if (file.size === 0) return 'empty';
  if (file.size > DOCUMENT_MAX_BYTES) return 'too_large';
  return null;
}

/** The file picker's `accept`: the types and endings the server takes. */
export const ACCEPTED_FILES = DOCUMENT_CONTENT_TYPE_NAMES.flatMap((type) => [
  type,
  ...DOCUMENT_CONTENT_TYPES[type],
]).join(',');

async function refusalOf(response: Response): Promise<ApiError> {
  let problem: Partial<Problem> = {};
  if (/^application\/(?:problem\+)?json\b/i.test(response.headers.get('content-type') ?? '')) {
    try {
      const body = (await response.json()) as Partial<Problem>;
      problem = {
        code: typeof body.code === 'string' ? body.code : undefined,
        title: typeof body.title === 'string' ? body.title : undefined,
        detail: typeof body.detail === 'string' ? body.detail : undefined,
        errors: Array.isArray(body.errors) ? body.errors : undefined,
      };
    } catch (error) {
      // A truncated error body: the status alone still says what happened.
      if (!(error instanceof SyntaxError)) throw error;
    }
  }
  return new ApiError(response.status, problem, null);
}

/** POST the file as the organisation's document of `kind`; resolves to the document as kept. */
export async function sendDocument(
  queryClient: QueryClient,
  organisationId: string,
  upload: { kind: OrganisationDocumentKind; file: File },
): Promise<OrganisationDocument> {
  const type = documentTypeOfFile(upload.file);
  const query = new URLSearchParams({ kind: upload.kind, fileName: upload.file.name });
  const path = `${REGISTRY_DOCUMENT_PATHS.documents(organisationId)}?${query}`;
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': type ?? 'application/octet-stream',
  };
  const token = queryClient.getQueryData<SignedIn | null>(sessionQueryKey)?.csrfToken;
  if (token) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, credentials: 'same-origin', body: upload.file });
  } catch (error) {
    throw new NetworkError('POST', path, { cause: error });
  }
  if (!response.ok) throw await refusalOf(response);
  return (await response.json()) as OrganisationDocument;
}
