import { crm } from '../../../test/crm';
import { useTestApp, errorCode as code } from '../../../test/harness';

const OPP = `id code name stage probability expectedValue expectedCloseDate lostReason version
  customer { id name } owner { email } source { name }`;
const CREATE = `mutation($i: CreateOpportunityInput!) { createOpportunity(input: $i) { ${OPP} } }`;
const MOVE = `mutation($id: ID!, $s: OpportunityStage!, $v: Int!, $r: String) {
  moveOpportunity(id: $id, stage: $s, version: $v, lostReason: $r) { ${OPP} } }`;
const PIPELINE = `{ opportunityPipeline { stage count value } }`;

interface Opp {
  id: string;
  code: string;
  stage: string;
  probability: number;
  version: number;
  lostReason: string | null;
}

let admin: string;
let manager: string;
let staff1: string;
let staff2: string;
let customer1: string;
let customer2: string;

const create = async (token: string, input: Record<string, unknown>) =>
  app.gql<{ createOpportunity: Opp }>(CREATE, { i: input }, { token });

const app = useTestApp(
  async (a) => ([admin, manager, staff1, staff2] = await a.signIn('admin', 'manager', 'staff1', 'staff2')),
);
const h = crm(app);
beforeAll(async () => {
  customer1 = (await h.createCustomer(staff1, { name: 'Công ty Cơ Hội Một' })).id;
  customer2 = (await h.createCustomer(staff2, { name: 'Công ty Cơ Hội Hai' })).id;
});

describe('opportunities (SAL-02)', () => {
  it('a new opportunity takes its number, the stage’s probability, and makes a NEW customer APPROACHED', async () => {
    const source = await h.category(admin, 'SOURCE', 'Hội thảo');
    const r = await create(staff1, {
      name: 'Triển khai CRM cho 50 người dùng',
      customerId: customer1,
      expectedValue: '120000000',
      expectedCloseDate: '2027-03-31',
      sourceId: source,
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createOpportunity).toMatchObject({
      code: expect.stringMatching(/^CH\d{6}$/),
      stage: 'NEEDS_ANALYSIS',
      probability: 20,
      expectedValue: '120000000',
      source: { name: 'Hội thảo' },
      owner: { email: 'staff1@sen.local' },
    });
    const level = await app.gql<{ customer: { level: string } }>(
      'query($id: ID!) { customer(id: $id) { level } }',
      { id: customer1 },
      { token: staff1 },
    );
    expect(level.data!.customer.level).toBe('APPROACHED');
  });

  it('moving to Chốt thua without a reason is refused and changes nothing; with one it is kept and logged', async () => {
    const o = (await create(staff1, { name: 'Gói bảo trì', customerId: customer1, expectedValue: '5000000' }))
      .data!.createOpportunity;
    const before = await app.snapshot(['opportunity', 'audit_log']);
    const refused = await app.gql(MOVE, { id: o.id, s: 'LOST', v: o.version }, { token: staff1 });
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'lostReason' }],
    });
    expect(refused.errors![0].message).toBeTruthy();
    expect(await app.snapshot(['opportunity', 'audit_log'])).toEqual(before);

    const moved = await app.gql<{ moveOpportunity: Opp }>(
      MOVE,
      { id: o.id, s: 'LOST', v: o.version, r: 'Khách chọn nhà cung cấp khác' },
      { token: staff1 },
    );
    expect(moved.data!.moveOpportunity).toMatchObject({
      stage: 'LOST',
      probability: 0,
      lostReason: 'Khách chọn nhà cung cấp khác',
      version: o.version + 1,
    });
    const stale = await app.gql(MOVE, { id: o.id, s: 'WON', v: o.version }, { token: staff1 });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: o.version + 1 });
    const history = await app.gql<{ auditLogs: { nodes: { action: string; description: string }[] } }>(
      `{ auditLogs(filter: { modules: ["opportunities"] }, first: 50) { nodes { action description } } }`,
      {},
      { token: admin },
    );
    expect(history.data!.auditLogs.nodes).toContainEqual({
      action: 'STATUS_CHANGE',
      description: `Chuyển cơ hội ${o.code} Gói bảo trì: Tìm hiểu nhu cầu → Chốt thua`,
    });
    const same = await app.gql(MOVE, { id: o.id, s: 'LOST', v: o.version + 1, r: 'x' }, { token: staff1 });
    expect(code(same)).toBe('INVALID_TRANSITION');
  });

  it('the pipeline counts and sums per stage within each caller’s scope', async () => {
    const o = (await create(staff2, { name: 'Đơn vị Hai', customerId: customer2, expectedValue: '7000000' }))
      .data!.createOpportunity;
    await app.gql(MOVE, { id: o.id, s: 'NEGOTIATION', v: o.version }, { token: staff2 });
    type P = { opportunityPipeline: { stage: string; count: number; value: string }[] };
    const mine = (await app.gql<P>(PIPELINE, {}, { token: staff1 })).data!.opportunityPipeline;
    expect(mine).toEqual([
      { stage: 'NEEDS_ANALYSIS', count: 1, value: '120000000' },
      { stage: 'PROPOSAL', count: 0, value: '0' },
      { stage: 'NEGOTIATION', count: 0, value: '0' },
      { stage: 'WON', count: 0, value: '0' },
      { stage: 'LOST', count: 1, value: '5000000' },
    ]);
    const theirs = (await app.gql<P>(PIPELINE, {}, { token: staff2 })).data!.opportunityPipeline;
    expect(theirs.find((s) => s.stage === 'NEGOTIATION')).toEqual({
      stage: 'NEGOTIATION',
      count: 1,
      value: '7000000',
    });
    expect(theirs.reduce((n, s) => n + s.count, 0)).toBe(1);
    // The manager runs staff1's department (Phòng Kinh doanh), not staff2's.
    const managed = (await app.gql<P>(PIPELINE, {}, { token: manager })).data!.opportunityPipeline;
    expect(managed.reduce((n, s) => n + s.count, 0)).toBe(2);
    const all = (await app.gql<P>(PIPELINE, {}, { token: admin })).data!.opportunityPipeline;
    expect(all.reduce((n, s) => n + s.count, 0)).toBe(3);
  });

  it('another STAFF user neither sees nor moves someone else’s opportunity', async () => {
    const list = await app.gql<{ opportunities: { nodes: { id: string }[] } }>(
      `{ opportunities { nodes { id } } }`,
      {},
      { token: staff2 },
    );
    const mine = await app.gql<{ opportunities: { nodes: { id: string; version: number }[] } }>(
      `query { opportunities(filter: { stages: [NEEDS_ANALYSIS] }) { nodes { id version } } }`,
      {},
      { token: staff1 },
    );
    const target = mine.data!.opportunities.nodes[0];
    expect(list.data!.opportunities.nodes.map((n) => n.id)).not.toContain(target.id);
    const move = await app.gql(MOVE, { id: target.id, s: 'WON', v: target.version }, { token: staff2 });
    expect(code(move)).toBe('NOT_FOUND');
    const bad = await create(staff2, { name: 'Không được', customerId: customer1 });
    expect(bad.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'customerId' }],
    });
  });
  it('the pipeline counts exactly what the list shows each caller, deals seen through a visible or shared customer included', async () => {
    type P = { opportunityPipeline: { count: number; value: string }[] };
    type L = { opportunities: { countInfo: { value: number; kind: string } } };
    const totals = async (token: string) => {
      const pipeline = (await app.gql<P>(PIPELINE, {}, { token })).data!.opportunityPipeline;
      const list = (await app.gql<L>('{ opportunities { countInfo { value kind } } }', {}, { token })).data!;
      return {
        board: pipeline.reduce((n, s) => n + s.count, 0),
        list: list.opportunities.countInfo.value,
      };
    };
    const before = await totals(staff1);
    // The admin's deal on staff1's customer: staff1 sees it through the customer.
    await create(admin, { name: 'Qua khách hàng', customerId: customer1, expectedValue: '1000000' });
    // The admin's deal on a customer of the admin's that is shared with staff2.
    const sharedCustomer = (await h.createCustomer(admin, { name: 'Công ty Chia Sẻ Cơ Hội' })).id;
    const staff2Id = await h.userId(admin, 'staff2@sen.local');
    await app.gql(
      'mutation($c: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $c, userIds: $u) }',
      {
        c: [sharedCustomer],
        u: [staff2Id],
      },
      { token: admin },
    );
    await create(admin, { name: 'Qua chia sẻ', customerId: sharedCustomer, expectedValue: '2000000' });

    const after = await totals(staff1);
    expect(after.board).toBe(before.board + 1);
    for (const token of [staff1, staff2, manager, admin]) {
      const t = await totals(token);
      expect(t.board).toBe(t.list);
    }
    const staff2Board = (await app.gql<P>(PIPELINE, {}, { token: staff2 })).data!.opportunityPipeline;
    expect(staff2Board.reduce((n, s) => n + Number(s.value), 0)).toBe(7_000_000 + 2_000_000);
  });
});
