import type { TFunction } from 'i18next';
import { formatWait } from '../../i18n/format';
import { ApiError, NetworkError } from './api-error';

/**
 * One sentence, in the user's language, for a failed request that a screen has no more specific
 * words for. Never the server's own English `detail`, and never a 5xx detail at all.
 */
export function describeRequestError(error: unknown, t: TFunction, language: string): string {
  if (error instanceof NetworkError) return t('errors.network');
  if (!(error instanceof ApiError)) return t('errors.unexpected');
  if (error.status === 429) {
    return error.retryAfterSeconds === null
      ? t('errors.rateLimitedLater')
      : t('errors.rateLimited', { wait: formatWait(error.retryAfterSeconds, language) });
  }
  if (error.status === 401) return t('errors.sessionEnded');
  if (error.code === 'auth.csrf') return t('errors.csrf');
  if (error.status === 403) return t('errors.forbidden');
  if (error.status === 404) return t('errors.notFound');
  if (error.status >= 500) {
    return error.requestId
      ? t('errors.serverWithReference', { reference: error.requestId })
      : t('errors.server');
  }
  return t('errors.unexpected');
}
