import { CombinedGraphQLErrors } from '@apollo/client';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLRequestError } from './graphql-request-error';

export interface ServerFieldError {
  field: string;
  message: string;
}

/** The GraphQL errors the server answered with, through the client or a plain request. */
function graphqlErrors(error: unknown): readonly GraphQLFormattedError[] {
  if (CombinedGraphQLErrors.is(error) || error instanceof GraphQLRequestError) {
    return error.errors;
  }
  return [];
}

function firstGraphQLError(error: unknown) {
  return graphqlErrors(error)[0];
}

/** `extensions.code` of the first GraphQL error, if the server answered with one. */
export function errorCode(error: unknown): string | undefined {
  const code = firstGraphQLError(error)?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * The message to show a user: the server's own (already in the UI language), or null when the
 * failure never reached the server (network) so the caller shows its translated fallback.
 */
export function serverMessage(error: unknown): string | null {
  const first = firstGraphQLError(error);
  return first?.message ?? null;
}

function isFieldError(value: unknown): value is ServerFieldError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ServerFieldError).field === 'string' &&
    typeof (value as ServerFieldError).message === 'string'
  );
}

/** Field-level errors of a failed mutation: BAD_USER_INPUT `fieldErrors` and a DUPLICATE's field. */
export function fieldErrors(error: unknown): ServerFieldError[] {
  const result: ServerFieldError[] = [];
  for (const e of graphqlErrors(error)) {
    const list = e.extensions?.fieldErrors;
    if (Array.isArray(list)) {
      result.push(...list.filter(isFieldError));
    }
    const duplicate = e.extensions?.duplicate as { field?: unknown } | undefined;
    if (e.extensions?.code === 'DUPLICATE' && typeof duplicate?.field === 'string') {
      result.push({ field: duplicate.field, message: e.message });
    }
  }
  return result;
}
