import type { ApolloServerPlugin } from '@apollo/server';
import { AppError, PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@sen/shared';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import type { Context } from './context';

export const MAX_DEPTH = 10;
export const MAX_COMPLEXITY = 20_000;
/**
 * Selections of one operation once every fragment spread is expanded (Apollo's own memoised count,
 * run with graphql-js's rules before ours): bounds the walk of the cost analysis, whatever the
 * document's shape. The largest screen of the web app asks for a few hundred.
 */
export const MAX_SELECTIONS = 20_000;
/** Tokens of one document: the largest document of the web app has a few hundred. */
export const MAX_TOKENS = 10_000;
/** Anonymous callers only log in or register for a campaign: small documents only. */
export const MAX_ANONYMOUS_BODY = '16kb';

/**
 * Operations anyone may call without a token (API.md). `__type(name:)` too: the GraphQL-over-HTTP
 * spec's audit asks an anonymous server to answer it, and it tells no more than the committed SDL
 * (the public contract); the whole `__schema` stays for signed-in callers.
 */
const PUBLIC_ROOT_FIELDS = new Set(['login', 'registerForCampaign', '__typename', '__type']);

/**
 * Refuses operations nested deeper than `max` fields (introspection fields aside), measuring each
 * fragment once: graphql-depth-limit walks a fragment again at every spread, so a chain of
 * fragments that each spread the next twice took exponential time, and a cycle overflowed its stack.
 * A cycle counts as nothing here (graphql-js's `NoFragmentCycles` refuses it).
 */
export function depthLimitRule(max: number): ValidationRule {
  return (context) => {
    const fragmentHeights = new Map<string, number>();
    const inProgress = new Set<string>();
    const height = (set: SelectionSetNode): number => {
      let h = 0;
      for (const sel of set.selections) {
        let child = 0;
        if (sel.kind === Kind.FIELD) {
          child = sel.selectionSet && !sel.name.value.startsWith('__') ? 1 + height(sel.selectionSet) : 0;
        } else if (sel.kind === Kind.INLINE_FRAGMENT) {
          child = height(sel.selectionSet);
        } else {
          child = fragmentHeight(sel.name.value);
        }
        h = Math.max(h, child);
      }
      return h;
    };
    const fragmentHeight = (name: string): number => {
      const known = fragmentHeights.get(name);
      if (known !== undefined) {
        return known;
      }
      const fragment = context.getFragment(name);
      if (!fragment || inProgress.has(name)) {
        return 0;
      }
      inProgress.add(name);
      const h = height(fragment.selectionSet);
      inProgress.delete(name);
      fragmentHeights.set(name, h);
      return h;
    };
    return {
      OperationDefinition(node) {
        if (height(node.selectionSet) > max) {
          const name = node.name?.value ?? '';
          context.reportError(
            new GraphQLError(`'${name}' exceeds maximum operation depth of ${max}`, { nodes: [node] }),
          );
        }
      },
    };
  };
}

export const depthRule: ValidationRule = depthLimitRule(MAX_DEPTH);

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
