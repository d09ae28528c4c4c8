import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type GraphQLFormattedError } from 'graphql';
import { currentLanguage } from '../i18n';
import { GraphQLRequestError } from './graphql-request-error';

interface GraphQLBody<R> {
  data?: R | null;
  errors?: GraphQLFormattedError[];
}

/**
 * One operation with `fetch`, for the login page: it sends a single mutation, and the GraphQL
 * client (with its cache) weighs more than the page itself. Errors read like the client's (lib/errors).
 */
export async function graphqlRequest<R, V>(document: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    // Server errors arrive in the UI language, as with the client.
    headers: { 'Content-Type': 'application/json', 'Accept-Language': currentLanguage() },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json().catch(() => null)) as GraphQLBody<R> | null;
  if (body?.errors?.length) {
    throw new GraphQLRequestError(body.errors);
  }
  if (!response.ok || !body?.data) {
    throw new GraphQLRequestError([]);
  }
  return body.data;
}
