import type { ErrorObject, ValidateFunction } from 'ajv';
import { and, eq, inArray } from 'drizzle-orm';
import {
  ProposeEntryRequest as ProposalSchema,
  type ProposeEntryRequest,
} from '../../../../contracts/knowledge.ts';
import type { ImportProblem } from '../../../../contracts/knowledge-public.ts';
import type { Tx } from '../../../platform/db/database.ts';
import { validatorCompiler } from '../../../platform/http/validation.ts';
import { organisations } from '../../identity/schema.ts';
import { knowledgeEntries } from '../schema.ts';
import type { ImportRow } from './import-rows.ts';

// The same validator, with the same settings, as a proposal sent to the API: an imported entry
// meets exactly the rules of one proposed by hand.
const validateProposal = validatorCompiler({
  schema: ProposalSchema,
  httpPart: 'body',
  method: 'POST',
  url: '/import',
}) as ValidateFunction<ProposeEntryRequest>;

/** ajv's keywords as the report's codes. */
const CODES: Record<string, string> = {
  required: 'required',
  minLength: 'required',
  maxLength: 'too_long',
  enum: 'unknown_value',
  const: 'unknown_value',
  uniqueItems: 'duplicate_value',
  maxItems: 'too_many',
  additionalProperties: 'unknown_field',
  type: 'invalid_type',
  pattern: 'invalid_text',
};

const FORMAT_CODES: Record<string, string> = {
  date: 'invalid_date',
  email: 'invalid_email',
  uuid: 'invalid_id',
};

/** The value a JSON pointer names in the row (ajv reports where, not what). */
function valueAt(document: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .reduce<unknown>(
      (node, key) =>
        node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
      document,
    );
}

/** Where the refused value is: for a missing or unknown field, the field itself. */
function pointerOf(error: ErrorObject): string {
  if (error.keyword === 'required') return `${error.instancePath}/${String(error.params.missingProperty)}`;
  if (error.keyword === 'additionalProperties')
    return `${error.instancePath}/${String(error.params.additionalProperty)}`;
  return error.instancePath;
}

function problemOf(row: ImportRow, error: ErrorObject): ImportProblem {
  const pointer = pointerOf(error);
  // A list's item (`/themes/2`) is reported on its list, naming the value.
  const listItem = /^(\/[a-zA-Z]+)\/\d+$/.exec(pointer);
  const fieldPointer = listItem?.[1] ?? pointer;
  const field = row.fieldNames.get(fieldPointer) ?? fieldPointer.replace(/^\//, '');
  const code =
    error.keyword === 'format'
      ? (FORMAT_CODES[String(error.params.format)] ?? 'invalid_format')
      : (CODES[error.keyword] ?? error.keyword);
  const value = valueAt(row.proposal, error.instancePath);
  const message =
    code === 'unknown_value'
      ? `"${String(value)}" is not a known value of ${field}`
      : code === 'required'
        ? `${field} is required`
        : code === 'unknown_field'
          ? `${field} is not a known field`
          : `${field}: ${error.message ?? 'is not valid'}`;
  return { row: row.row, field, code, message };
}

/**
 * One problem per value at fault: its first refusal. A value-or-null field refuses through both
 * branches of its union; the null branch's "must be null" and the union's summary say nothing more.
 */
function firstPerValue(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    if (error.keyword === 'anyOf') return false;
    if (error.keyword === 'type' && error.params.type === 'null' && error.schemaPath.includes('/anyOf/'))
      return false;
    const key = pointerOf(error);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** An end before the start, said even when other fields are at fault too. */
function dateRangeProblems(row: ImportRow): ImportProblem[] {
  const { startedOn, endedOn } = row.proposal;
  if (typeof startedOn !== 'string' || typeof endedOn !== 'string') return [];
  if (!DAY.test(startedOn) || !DAY.test(endedOn) || endedOn >= startedOn) return [];
  return [
    {
      row: row.row,
      field: row.fieldNames.get('/endedOn') ?? 'endedOn',
      code: 'invalid_date_range',
      message: 'the end date is before the start date',
    },
  ];
}

/** The row's proposal when it meets the proposal's rules, or every way it does not. */
export function checkRow(row: ImportRow): { proposal?: ProposeEntryRequest; problems: ImportProblem[] } {
  const problems = validateProposal(row.proposal)
    ? []
    : firstPerValue(validateProposal.errors ?? []).map((error) => problemOf(row, error));
  problems.push(...dateRangeProblems(row));
  return problems.length > 0 ? { problems } : { proposal: row.proposal as ProposeEntryRequest, problems };
}

/**
 * What only the database can say: the contributing organisation is one of the tenant's, and the
 * related entries exist and are readable by the importer (the transaction's tenant, under row-level security).
 */
export async function checkReferences(
  tx: Tx,
  tenantId: string,
  checked: ReadonlyArray<{ row: number; proposal: ProposeEntryRequest }>,
): Promise<ImportProblem[]> {
  const organisationIds = [
    ...new Set(checked.flatMap(({ proposal }) => proposal.contributingOrganisationId ?? [])),
  ];
  const relatedIds = [...new Set(checked.flatMap(({ proposal }) => proposal.relatedEntryIds ?? []))];
  const knownOrganisations = new Set(
    organisationIds.length === 0
      ? []
      : (
          await tx
            .select({ id: organisations.id })
            .from(organisations)
            .where(and(eq(organisations.tenantId, tenantId), inArray(organisations.id, organisationIds)))
        ).map((found) => found.id),
  );
  const knownEntries = new Set(
    relatedIds.length === 0
      ? []
      : (
          await tx
            .select({ id: knowledgeEntries.id })
            .from(knowledgeEntries)
            .where(inArray(knowledgeEntries.id, relatedIds))
        ).map((found) => found.id),
  );
  return checked.flatMap(({ row, proposal }) => [
    ...(proposal.contributingOrganisationId && !knownOrganisations.has(proposal.contributingOrganisationId)
      ? [
          {
            row,
            field: 'contributingOrganisationId',
            code: 'unknown_value',
            message: `"${proposal.contributingOrganisationId}" is not an organisation of this prison service`,
          },
        ]
      : []),
    ...(proposal.relatedEntryIds ?? [])
      .filter((id) => !knownEntries.has(id))
      .map((id) => ({
        row,
        field: 'relatedEntryIds',
        code: 'unknown_value',
        message: `"${id}" is not a known entry`,
      })),
  ]);
}
