import { crm } from '../../../test/crm';
import { startTestApp, type TestApp } from '../../../test/harness';

/**
 * The pipeline's counts are summed over disjoint ways in (the caller's own cards, the cards of the
 * customers they own, the cards of customers shared with them): a card seen several ways is counted
 * once, and every figure equals the list's for the same stage.
 */
let app: TestApp;
const tokens: Record<string, string> = {};

const PIPELINE = `{ opportunityPipeline { stage count value } }`;
const LIST = `query($s: [OpportunityStage!]) { opportunities(filter: { stages: $s }, first: 200) {
  totalCount nodes { id expectedValue } } }`;

async function create(token: string, customerId: string, name: string, expectedValue: string) {
  const r = await app.gql<{ createOpportunity: { id: string } }>(
    `mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { id } }`,
    { i: { name, customerId, expectedValue } },
    { token },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.createOpportunity.id;
}

async function pipeline(token: string) {
  const r = await app.gql<{ opportunityPipeline: { stage: string; count: number; value: string }[] }>(
    PIPELINE,
    {},
    { token },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.opportunityPipeline;
}

async function listed(token: string, stage: string) {
  const r = await app.gql<{
    opportunities: { totalCount: number; nodes: { id: string; expectedValue: string }[] };
  }>(LIST, { s: [stage] }, { token });
  expect(r.errors).toBeUndefined();
  const { totalCount, nodes } = r.data!.opportunities;
  return { count: totalCount, value: String(nodes.reduce((sum, n) => sum + BigInt(n.expectedValue), 0n)) };
}

beforeAll(async () => {
  app = await startTestApp();
  for (const who of ['admin', 'manager', 'staff1', 'staff2']) {
    tokens[who] = await app.login(`${who}@sen.local`);
  }
  const h = crm(app);
  const mine = (await h.createCustomer(tokens.staff1, { name: 'Công ty Đường Vào Một' })).id;
  const theirs = (await h.createCustomer(tokens.staff2, { name: 'Công ty Đường Vào Hai' })).id;
  const unseen = (await h.createCustomer(tokens.staff2, { name: 'Công ty Đường Vào Ba' })).id;
  const staff1Id = await h.userId(tokens.admin, 'staff1@sen.local');
  const share = await app.gql(
    'mutation($ids: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $ids, userIds: $u) }',
    { ids: [theirs], u: [staff1Id] },
    { token: tokens.staff2 },
  );
  expect(share.errors).toBeUndefined();
  // staff1's own card on their own customer: seen as owner and through the customer.
  await create(tokens.staff1, mine, 'Của mình, khách của mình', '1000000');
  // The admin's card on staff1's customer: through the customer only.
  await create(tokens.admin, mine, 'Của quản trị, khách của mình', '2000000');
  // staff2's card on a customer shared with staff1: through the share only.
  await create(tokens.staff2, theirs, 'Khách được chia sẻ', '4000000');
  // staff1's own card on the shared customer: as owner and through the share.
  await create(tokens.staff1, theirs, 'Của mình, khách được chia sẻ', '8000000');
  // staff2's card on a customer staff1 may not see.
  await create(tokens.staff2, unseen, 'Không thấy', '16000000');
});
afterAll(() => app.close());

describe('the pipeline counts each visible card once', () => {
  it('STAFF: four cards seen in five ways count four, worth 15.000.000', async () => {
    const stage = (await pipeline(tokens.staff1)).find((s) => s.stage === 'NEEDS_ANALYSIS')!;
    expect(stage).toEqual({ stage: 'NEEDS_ANALYSIS', count: 4, value: '15000000' });
  });

  it('every stage equals the list for STAFF, MANAGER and ADMIN', async () => {
    for (const who of ['staff1', 'staff2', 'manager', 'admin']) {
      for (const s of await pipeline(tokens[who])) {
        expect({ who, ...(await listed(tokens[who], s.stage)) }).toEqual({
          who,
          count: s.count,
          value: s.value,
        });
      }
    }
  });
});
