import type { ApolloServerPlugin } from '@apollo/server';
import { AppError, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@sen/shared';
import depthLimit from 'graphql-depth-limit';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import {
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import type { Context } from './context';

export const MAX_DEPTH = 10;
export const MAX_COMPLEXITY = 20_000;

/** Operations anyone may call without a token (API.md). */
const PUBLIC_ROOT_FIELDS = new Set(['login', 'registerForCampaign', '__typename']);

export const depthRule: ValidationRule = depthLimit(MAX_DEPTH);

/** A paginated field costs its children times the page size it asks for (capped at the maximum). */
const pageEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((a) => a.name === 'first')) {
    return undefined;
  }
  const asked = typeof args.first === 'number' ? args.first : PAGE_SIZE_DEFAULT;
  return 1 + childComplexity * Math.min(Math.max(asked, 1), PAGE_SIZE_MAX);
};

function rootFieldNames(op: OperationDefinitionNode): string[] {
  return op.selectionSet.selections.flatMap((s) => (s.kind === Kind.FIELD ? [s.name.value] : ['…']));
}

/**
 * Costs already computed, per parsed document (Apollo reuses the parsed document of a query text it
 * has seen) and per operation name and variables: a list screen asks the same query again and again.
 */
class CostCache {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, number>>();

  constructor(private readonly perDocument = 200) {}

  get(
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
    compute: () => number,
  ): number {
    let costs = this.byDocument.get(document);
    if (!costs) {
      costs = new Map();
      this.byDocument.set(document, costs);
    }
    const key = `${operationName ?? ''}\u0000${JSON.stringify(variables ?? {})}`;
    let cost = costs.get(key);
    if (cost === undefined) {
      cost = compute();
      if (costs.size >= this.perDocument) {
        costs.clear();
      }
      costs.set(key, cost);
    }
    return cost;
  }
}

/**
 * Runs after parsing and validation, before any resolver: refuses anonymous callers (every
 * operation but the public ones, introspection included) and queries that cost too much.
 */
export function guardPlugin(schema: GraphQLSchema): ApolloServerPlugin<Context> {
  const costs = new CostCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, request }) {
          if (!contextValue.user) {
            const anonymousOk =
              operation && rootFieldNames(operation).every((n) => PUBLIC_ROOT_FIELDS.has(n));
            if (!anonymousOk) {
              throw contextValue.authError ?? new AppError('UNAUTHENTICATED');
            }
          }
          let cost: number;
          try {
            cost = costs.get(document, request.operationName, request.variables, () =>
              getComplexity({
                schema,
                query: document,
                operationName: request.operationName ?? undefined,
                variables: request.variables ?? {},
                estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
              }),
            );
          } catch {
            // Variables that do not coerce: execution refuses them with BAD_USER_INPUT before any
            // resolver runs, so nothing costly can happen.
            return;
          }
          if (cost > MAX_COMPLEXITY) {
            throw new AppError('BAD_USER_INPUT', {
              messageKey: 'query.tooComplex',
              params: { cost, max: MAX_COMPLEXITY },
            });
          }
        },
      };
    },
  };
}
