import type { GraphQLFormattedError } from 'graphql';

/** The server's GraphQL errors for an operation sent without the GraphQL client (lib/graphql-request). */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors[0]?.message ?? 'The server did not answer the request');
    this.name = 'GraphQLRequestError';
  }
}
