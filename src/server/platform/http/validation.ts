import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { FieldError } from './problem.ts';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = formats.default;

function makeAjv(coerceTypes: boolean | 'array'): Ajv {
  const ajv = new Ajv({
    coerceTypes,
    useDefaults: true,
    // Unknown fields are an error the client should hear about, not something to drop silently.
    removeAdditional: false,
    // Report every field at fault at once; bodies are small (see bodyLimit), so this is cheap.
    allErrors: true,
    strict: false,
  });
  addFormats(ajv);
  return ajv;
}

// Bodies are JSON and typed: "5" is not 5. Query strings, params and headers are text and
// need coercion ("?limit=5", repeated keys as arrays).
const strictAjv = makeAjv(false);
const coercingAjv = makeAjv('array');

type JsonSchema = Record<string, unknown>;

/**
 * Closes every object schema that does not say otherwise, so unknown fields are refused
 * everywhere without each schema having to remember `additionalProperties: false`.
 */
export function closeObjects(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closeObjects);
  if (schema === null || typeof schema !== 'object') return schema;
  const copy: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) copy[key] = closeObjects(value);
  if (copy.type === 'object' && copy.properties !== undefined && copy.additionalProperties === undefined) {
    copy.additionalProperties = false;
  }
  return copy;
}

export const validatorCompiler: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? strictAjv : coercingAjv;
  const closed = httpPart === 'headers' ? schema : closeObjects(schema);
  return ajv.compile(closed as JsonSchema) as ValidateFunction;
};

/** ajv's errors as field errors: a JSON pointer into the request part, a stable code, a message. */
export function fieldErrors(errors: readonly ErrorObject[], part: string): FieldError[] {
  return errors.map((error) => {
    let pointer = error.instancePath;
    let code = error.keyword;
    if (error.keyword === 'required') {
      pointer += `/${String(error.params.missingProperty)}`;
    } else if (error.keyword === 'additionalProperties') {
      pointer += `/${String(error.params.additionalProperty)}`;
      code = 'unknown_field';
    }
    const message =
      error.keyword === 'additionalProperties'
        ? 'is not a known field'
        : error.keyword === 'required'
          ? 'is required'
          : (error.message ?? 'is not valid');
    return { path: `/${part}${pointer}`, code, message };
  });
}
