import type { TestApp } from './harness';

/** Small GraphQL helpers for the customer and contact tests. */
export interface Customerish {
  id: string;
  code: string;
  name: string;
  version: number;
  [k: string]: unknown;
}

export const CUSTOMER_FIELDS =
  'id code name level email phone taxCode version labels groups { id name } owner { email }';

export function crm(app: TestApp) {
  async function userId(token: string, email: string) {
    const r = await app.gql<{ users: { nodes: { id: string; email: string }[] } }>(
      'query($s: String) { users(filter: { search: $s }) { nodes { id email } } }',
      { s: email },
      { token },
    );
    return r.data!.users.nodes.find((u) => u.email === email)!.id;
  }
  return {
    async createCustomer(token: string, input: Record<string, unknown>) {
      const r = await app.gql<{ createCustomer: Customerish }>(
        `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { ${CUSTOMER_FIELDS} } }`,
        { i: input },
        { token },
      );
      if (!r.data) {
        throw new Error(`createCustomer failed: ${JSON.stringify(r.errors)}`);
      }
      return r.data.createCustomer;
    },
    /** The ids of demo users (`staff1` is staff1@sen.local), by the same names. */
    async userIds<K extends string>(token: string, ...users: K[]): Promise<Record<K, string>> {
      const ids = {} as Record<K, string>;
      for (const user of users) {
        ids[user] = await userId(token, `${user}@sen.local`);
      }
      return ids;
    },
    userId,
    async category(token: string, kind: string, name: string) {
      const r = await app.gql<{ createCategory: { id: string } }>(
        'mutation($k: CategoryKind!, $n: String!) { createCategory(kind: $k, name: $n) { id } }',
        { k: kind, n: name },
        { token },
      );
      return r.data!.createCategory.id;
    },
    /** An order of `customerId` with one line, made the way users make one: a quote converted. */
    async order(token: string, customerId: string): Promise<{ id: string; number: string }> {
      const q = await app.gql<{ createQuote: { id: string } }>(
        `mutation($i: CreateQuoteInput!) { createQuote(input: $i) { id } }`,
        {
          i: {
            customerId,
            date: '2026-12-01',
            lines: [
              {
                productName: 'Gói bảo trì năm',
                unit: 'Gói',
                quantity: '1',
                unitPrice: '5000000',
                vatRate: 'TEN',
              },
            ],
          },
        },
        { token },
      );
      const o = await app.gql<{ convertQuote: { id: string; number: string } }>(
        `mutation($id: ID!) { convertQuote(id: $id, to: ORDER) { ... on Order { id number } } }`,
        { id: q.data!.createQuote.id },
        { token },
      );
      return o.data!.convertQuote;
    },
    async group(token: string, name: string) {
      const r = await app.gql<{ createCustomerGroup: { id: string } }>(
        'mutation($n: String!) { createCustomerGroup(name: $n) { id } }',
        { n: name },
        { token },
      );
      return r.data!.createCustomerGroup.id;
    },
  };
}
