import { ApiError } from '../../app/api/api-error';
import { EMPTY_FILTERS, type FilterProblems, fieldOfProblemPath, searchParamsOf } from './audit-filters';
import type { FilterLink } from './trail-cells';

/** The fields a 400 answer named, as problems to show next to them. */
export function refusedFieldsOf(error: unknown): FilterProblems {
  const refused: FilterProblems = {};
  if (!(error instanceof ApiError) || error.code !== 'request.validation') return refused;
  for (const fieldError of error.errors) {
    const field = fieldOfProblemPath(fieldError.path);
    if (field) refused[field] = 'refused';
  }
  return refused;
}

/** Links from a name in a list to the same list, showing only that user's or organisation's entries. */
export function filterLinkTo(listPath: string): FilterLink {
  return (filter, id) => `${listPath}?${searchParamsOf({ ...EMPTY_FILTERS, [filter]: id }).toString()}`;
}
