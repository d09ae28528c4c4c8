import { AppError, translate, type ErrorCode, type FieldError, type Locale } from '@sen/shared';
import type { GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { clientDataError } from '../core/sql';
import type { Context } from './context';

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

/**
 * The AppError behind each formatted error: `formatError` has no request context, so it writes
 * Vietnamese (the default) and the locale plugin rewrites the answer in the caller's language.
 */
const sources = new WeakMap<object, AppError>();

function toAppError(formatted: GraphQLFormattedError, error: unknown): AppError {
  const original = findAppError(error) ?? error;
  if (original instanceof AppError) {
    return original;
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && GRAPHQL_INPUT_CODES.has(code)) {
    return inputError(formatted.message);
  }
  const dataError = clientDataError(original);
  if (dataError) {
    return dataError;
  }
  console.error('[graphql] internal error:', original);
  return new AppError('INTERNAL_SERVER_ERROR');
}

/** Every error leaves as one of the API.md codes, translated; internals never leak. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const appError = toAppError(formatted, error);
  const result = formatAppError(appError, 'vi', formatted.path);
  sources.set(result, appError);
  return result;
}

/** Re-renders the formatted errors of an answer in the caller's language. */
export const localePlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        const body = response.body;
        if (contextValue.locale === 'vi' || body.kind !== 'single' || !body.singleResult.errors) {
          return;
        }
        body.singleResult.errors = body.singleResult.errors.map((e) => {
          const appError = sources.get(e);
          return appError ? formatAppError(appError, contextValue.locale, e.path) : e;
        });
      },
    };
  },
};
