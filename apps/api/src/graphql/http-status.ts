import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';

export const APPLICATION_JSON = 'application/json; charset=utf-8';
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';

const STATUS_BY_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  TOO_MANY_REQUESTS: 429,
};

/**
 * The HTTP status of an answer that has no `data` (the request failed before execution: a parse,
 * validation or variable error, an anonymous caller, a too costly query), as the GraphQL-over-HTTP
 * spec asks: 200 under `application/json`, a 4xx under `application/graphql-response+json`; a 500
 * only for our own failures. Apollo's defaults answer 400 under both and 500 for what a plugin throws.
 */
export const httpStatusPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        const body = response.body;
        if (body.kind !== 'single' || !body.singleResult.errors || body.singleResult.data !== undefined) {
          return;
        }
        const codes = body.singleResult.errors.map((e) => String(e.extensions?.code ?? ''));
        if (codes.includes('INTERNAL_SERVER_ERROR') || !contextValue.responseType) {
          return;
        }
        const strict = contextValue.responseType === 'application/graphql-response+json';
        response.http.headers.set('content-type', strict ? GRAPHQL_RESPONSE_JSON : APPLICATION_JSON);
        response.http.status = strict ? (STATUS_BY_CODE[codes[0]] ?? 400) : 200;
      },
    };
  },
};
