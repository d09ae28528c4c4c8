import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { Kind, print, visit, type DocumentNode, type FieldNode } from 'graphql';
import ts from 'typescript';

/** The web app's generated documents (`pnpm codegen`): the very objects its screens send. */
const GENERATED = path.resolve(__dirname, '../../../web/src/gql/graphql.ts');

let documents: Record<string, unknown> | undefined;

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * A web operation's text exactly as its Apollo Client sends it: the generated document with the
 * `__typename` the cache adds to every selection below the root.
 */
export function webQuery(operation: string): string {
  documents ??= load();
  const doc = documents[`${operation}Document`] as DocumentNode | undefined;
  if (!doc) {
    throw new Error(`the web app has no ${operation} operation (apps/web/src/gql/graphql.ts)`);
  }
  return print(
    visit(doc, {
      SelectionSet(node, _key, parent) {
        const root =
          parent &&
          !Array.isArray(parent) &&
          (parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION;
        const has = node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename');
        return root || has ? undefined : { ...node, selections: [...node.selections, TYPENAME] };
      },
    }),
  );
}

function load(): Record<string, unknown> {
  const source = readFileSync(GENERATED, 'utf8');
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const module = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(js, { module, exports: module.exports, require });
  return module.exports;
}
