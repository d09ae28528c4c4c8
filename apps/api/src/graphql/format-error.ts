import { AppError, translate, type ErrorCode, type FieldError, type Locale } from '@sen/shared';
import type { GraphQLFormattedError } from 'graphql';
import { currentLocale } from './locale';

function assertUnreachable(x: never): never {
  throw new Error(`Unhandled error code ${String(x)}`);
}

/** Extra `extensions` a code carries (API.md), with field messages translated. */
function extensionsFor(err: AppError, locale: Locale): Record<string, unknown> {
  const code: ErrorCode = err.code;
  switch (code) {
    case 'BAD_USER_INPUT': {
      const fieldErrors = (err.details.fieldErrors as FieldError[] | undefined) ?? [];
      return {
        fieldErrors: fieldErrors.map((f) => ({
          field: f.field,
          message: translate(locale, f.message, err.params),
        })),
      };
    }
    case 'DUPLICATE':
    case 'INVALID_TRANSITION':
    case 'CONFLICT':
    case 'CONFIRMATION_REQUIRED':
    case 'TOO_MANY_REQUESTS':
      return { ...err.details };
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'NOT_FOUND':
    case 'INTERNAL_SERVER_ERROR':
      return {};
    default:
      return assertUnreachable(code);
  }
}

export function formatAppError(err: AppError, locale: Locale, path?: GraphQLFormattedError['path']) {
  return {
    message: translate(locale, err.messageKey, { ...err.params, ...err.details }),
    ...(path ? { path } : {}),
    extensions: { code: err.code, ...extensionsFor(err, locale) },
  };
}

const GRAPHQL_INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

const DEPTH = /exceeds maximum operation depth of (\d+)/;
/** graphql-js names the offending input path of a variable that does not coerce. */
const VARIABLE_PATH = /^Variable "\$(\w+)" got invalid value .*? at "([\w.[\]]+)"/;
const VARIABLE = /^Variable "\$(\w+)" got invalid value/;

function inputError(message: string): AppError {
  const depth = DEPTH.exec(message);
  if (depth) {
    return new AppError('BAD_USER_INPUT', { messageKey: 'query.tooDeep', params: { max: Number(depth[1]) } });
  }
  const at = VARIABLE_PATH.exec(message);
  const variable = VARIABLE.exec(message);
  const field = at ? at[2].replace(/^\w+\./, '') : variable?.[1];
  return new AppError('BAD_USER_INPUT', {
    messageKey: 'query.invalid',
    params: { detail: message },
    details: field ? { fieldErrors: [{ field, message: 'v.invalid' }] } : {},
  });
}

/** Resolver errors and errors thrown by plugins both arrive wrapped in a GraphQLError. */
function findAppError(error: unknown): AppError | null {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (current instanceof AppError) {
      return current;
    }
    current = (current as { originalError?: unknown }).originalError;
  }
  return null;
}

/** Every error leaves as one of the API.md codes, translated; internals never leak. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const locale = currentLocale();
  const original = findAppError(error) ?? error;
  if (original instanceof AppError) {
    return formatAppError(original, locale, formatted.path);
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && GRAPHQL_INPUT_CODES.has(code)) {
    return formatAppError(inputError(formatted.message), locale, formatted.path);
  }
  console.error('[graphql] internal error:', original);
  return formatAppError(new AppError('INTERNAL_SERVER_ERROR'), locale, formatted.path);
}
