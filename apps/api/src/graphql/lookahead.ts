import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The field names selected on a connection's nodes (`nodes { … }` and `edges { node { … } }`),
 * through fragments too, and one level below them as `owner.name`. Lets a list fetch in its own
 * statement the columns and relations the client asked for, and only those.
 */
export function selectedNodeFields(info: GraphQLResolveInfo): Set<string> {
  const found = new Set<string>();
  for (const field of info.fieldNodes) {
    for (const top of fieldsOf(field.selectionSet, info)) {
      if (top.name.value === 'nodes') {
        addNames(top.selectionSet, info, found);
      } else if (top.name.value === 'edges') {
        for (const edge of fieldsOf(top.selectionSet, info)) {
          if (edge.name.value === 'node') {
            addNames(edge.selectionSet, info, found);
          }
        }
      }
    }
  }
  return found;
}

/** Whether the connection's own selection (beside `nodes`) asks for the field `name`. */
export function selectsConnectionField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((field) =>
    fieldsOf(field.selectionSet, info).some((f) => f.name.value === name),
  );
}

function addNames(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, into: Set<string>) {
  for (const f of fieldsOf(set, info)) {
    into.add(f.name.value);
    for (const sub of fieldsOf(f.selectionSet, info)) {
      into.add(`${f.name.value}.${sub.name.value}`);
    }
  }
}

function fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  if (!set) {
    return [];
  }
  const out: FieldNode[] = [];
  for (const s of set.selections) {
    if (s.kind === 'Field') {
      out.push(s);
    } else if (s.kind === 'InlineFragment') {
      out.push(...fieldsOf(s.selectionSet, info));
    } else {
      const fragment = info.fragments[s.name.value];
      out.push(...fieldsOf(fragment?.selectionSet, info));
    }
  }
  return out;
}
