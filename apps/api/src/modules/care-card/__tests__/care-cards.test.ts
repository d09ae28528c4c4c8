import { crm } from '../../../test/crm';
import { useTestApp, errorCode as code } from '../../../test/harness';

const CARD = `id code orderNumber careDate channel satisfaction result notes tags version
  customer { id name } order { id number } owner { email } unit { id name } sharedWith { email }`;
const CREATE = `mutation($i: CreateCareCardInput!) { createCareCard(input: $i) { ${CARD} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateCareCardInput!) { updateCareCard(id: $id, input: $i) { ${CARD} } }`;
const LIST = `query($f: CareCardFilter) { careCards(filter: $f, first: 50) { totalCount nodes { id code } } }`;
const STATS = `query($f: CareCardFilter) { careCardStats(filter: $f) { field buckets { value count } } }`;
const TABLES = ['care_card', 'care_card_share', 'audit_log'];

interface Card {
  id: string;
  code: string;
  orderNumber: string;
  version: number;
  tags: string[];
  order: { id: string; number: string } | null;
  owner: { email: string };
  [k: string]: unknown;
}
type Stat = { field: string; buckets: { value: string | null; count: number }[] };

let admin: string;
let staff1: string;
let staff2: string;
let customer1: string;
let customer2: string;

const create = (token: string, input: Record<string, unknown>) =>
  app.gql<{ createCareCard: Card }>(CREATE, { i: input }, { token });
const list = async (token: string, f: Record<string, unknown> = {}) =>
  (
    await app.gql<{ careCards: { totalCount: number; nodes: { id: string; code: string }[] } }>(
      LIST,
      { f },
      { token },
    )
  ).data!.careCards;

const app = useTestApp(async (a) => ([admin, staff1, staff2] = await a.signIn('admin', 'staff1', 'staff2')));
const h = crm(app);
beforeAll(async () => {
  customer1 = (await h.createCustomer(staff1, { name: 'Công ty Chăm Sóc Một' })).id;
  customer2 = (await h.createCustomer(staff2, { name: 'Công ty Chăm Sóc Hai' })).id;
});

describe('care cards (CARE-01..06)', () => {
  it('creates a card with a drawn code, links the order by its number, and clones it', async () => {
    const order = await h.order(staff1, customer1);
    const r = await create(staff1, {
      customerId: customer1,
      orderNumber: order.number,
      careDate: '2026-12-03',
      channel: 'Zalo',
      satisfaction: 'Hài lòng',
      result: 'Khách dùng ổn định',
      tags: ['VIP'],
    });
    expect(r.errors).toBeUndefined();
    const card = r.data!.createCareCard;
    expect(card).toMatchObject({
      code: expect.stringMatching(/^TCS\d{6}$/),
      orderNumber: order.number,
      order: { id: order.id },
      channel: 'Zalo',
      owner: { email: 'staff1@sen.local' },
      tags: ['VIP'],
      version: 1,
    });
    const clone = await app.gql<{ cloneCareCard: Card }>(
      `mutation($id: ID!) { cloneCareCard(id: $id) { ${CARD} } }`,
      { id: card.id },
      { token: staff1 },
    );
    expect(clone.errors).toBeUndefined();
    expect(clone.data!.cloneCareCard).toMatchObject({
      orderNumber: order.number,
      channel: 'Zalo',
      satisfaction: 'Hài lòng',
      tags: ['VIP'],
    });
    expect(clone.data!.cloneCareCard.code).not.toBe(card.code);
  });

  it('refuses bad input with a translated error and leaves the database unchanged', async () => {
    const before = await app.snapshot(TABLES);
    const missing = await create(staff1, { customerId: customer1, orderNumber: ' ' });
    expect(missing.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'orderNumber' }],
    });
    const badChannel = await create(staff1, {
      customerId: customer1,
      orderNumber: 'DH-X',
      channel: 'Bồ câu',
    });
    expect(badChannel.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'channel' }],
    });
    expect(badChannel.errors![0].extensions.fieldErrors).toEqual([
      { field: 'channel', message: 'Giá trị không có trong danh mục.' },
    ]);
    const otherCustomer = await create(staff1, { customerId: customer2, orderNumber: 'DH-X' });
    expect(code(otherCustomer)).toBe('BAD_USER_INPUT');
    const badDate = await create(staff1, {
      customerId: customer1,
      orderNumber: 'DH-X',
      careDate: '2026-02-30',
    });
    expect(code(badDate)).toBe('BAD_USER_INPUT');
    const first = await create(staff1, { customerId: customer1, orderNumber: 'DH-1', code: 'TCS-DUP' });
    expect(first.errors).toBeUndefined();
    const afterFirst = await app.snapshot(TABLES);
    const dup = await create(staff1, { customerId: customer1, orderNumber: 'DH-2', code: 'tcs-dup' });
    expect(code(dup)).toBe('DUPLICATE');
    expect(await app.snapshot(TABLES)).toEqual(afterFirst);
    expect(before).not.toEqual(afterFirst);
  });

  it('a STAFF user sees only their own and shared cards, in the list, by id and in the stats', async () => {
    const mine = (await create(staff2, { customerId: customer2, orderNumber: 'DH-S2', channel: 'SMS' })).data!
      .createCareCard;
    const seen = await list(staff1);
    expect(seen.nodes.map((n) => n.id)).not.toContain(mine.id);
    const byId = await app.gql(
      `query($id: ID!) { careCard(id: $id) { id } }`,
      { id: mine.id },
      { token: staff1 },
    );
    expect(code(byId)).toBe('NOT_FOUND');
    const update = await app.gql(UPDATE, { id: mine.id, i: { notes: 'x', version: 1 } }, { token: staff1 });
    expect(code(update)).toBe('NOT_FOUND');
    const stats = (await app.gql<{ careCardStats: Stat[] }>(STATS, {}, { token: staff1 })).data!
      .careCardStats;
    const sms = stats.find((s) => s.field === 'channel')!.buckets.find((b) => b.value === 'SMS')!;
    expect(sms.count).toBe(0);

    const staff1Id = await h.userId(admin, 'staff1@sen.local');
    const shared = await app.gql(
      `mutation($ids: [ID!]!, $u: [ID!]!) { shareCareCards(ids: $ids, userIds: $u) }`,
      { ids: [mine.id], u: [staff1Id] },
      { token: staff2 },
    );
    expect(shared.errors).toBeUndefined();
    expect((await list(staff1)).nodes.map((n) => n.id)).toContain(mine.id);
    const del = await app.gql(
      `mutation($ids: [ID!]!) { deleteCareCards(ids: $ids) }`,
      { ids: [mine.id] },
      { token: staff1 },
    );
    expect(code(del)).toBe('FORBIDDEN');
  });

  it('quick statistics count per value and add up to the filtered list', async () => {
    for (const channel of ['Điện thoại', 'Điện thoại', 'Email', null]) {
      const r = await create(staff1, {
        customerId: customer1,
        orderNumber: 'DH-ST',
        careDate: '2026-12-10',
        channel,
        tags: ['Thống kê'],
      });
      expect(r.errors).toBeUndefined();
    }
    const filter = { careFrom: '2026-12-10', careTo: '2026-12-10' };
    const stats = (await app.gql<{ careCardStats: Stat[] }>(STATS, { f: filter }, { token: staff1 })).data!
      .careCardStats;
    const channel = stats.find((s) => s.field === 'channel')!;
    expect(channel.buckets).toEqual([
      { value: 'Điện thoại', count: 2 },
      { value: 'Zalo', count: 0 },
      { value: 'Email', count: 1 },
      { value: 'Gặp trực tiếp', count: 0 },
      { value: 'SMS', count: 0 },
      { value: null, count: 1 },
    ]);
    const total = (await list(staff1, filter)).totalCount;
    expect(channel.buckets.reduce((s, b) => s + b.count, 0)).toBe(total);
    expect(stats.find((s) => s.field === 'satisfaction')!.buckets.reduce((s, b) => s + b.count, 0)).toBe(
      total,
    );
    expect((await list(staff1, { ...filter, channels: ['Điện thoại'] })).totalCount).toBe(2);
    expect((await list(staff1, { ...filter, channels: [''] })).totalCount).toBe(1);
  });

  it('a date range lists its cards newest first, page after page, with or without a unit, never an undated card', async () => {
    const made: Record<string, string> = {};
    for (const [key, careDate] of [
      ['d5', '2027-01-05'],
      ['d7a', '2027-01-07'],
      ['d7b', '2027-01-07'],
      ['d9', '2027-01-09'],
      ['feb', '2027-02-01'],
      ['none', null],
    ] as const) {
      const r = await create(staff1, { customerId: customer1, orderNumber: 'DH-KY', careDate, tags: ['Kỳ'] });
      expect(r.errors).toBeUndefined();
      made[key] = r.data!.createCareCard.id;
    }
    const unitId = (
      await app.gql<{ careCard: { unit: { id: string } } }>(
        `query($id: ID!) { careCard(id: $id) { unit { id } } }`,
        { id: made.d5 },
        { token: staff1 },
      )
    ).data!.careCard.unit.id;
    const PAGE = `query($f: CareCardFilter, $after: String) {
      careCards(filter: $f, first: 2, after: $after, orderBy: [{ field: CARE_DATE, direction: DESC }]) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id careDate } } }`;
    type Page = {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      nodes: { id: string; careDate: string }[];
    };
    const all = async (f: Record<string, unknown>) => {
      const ids: string[] = [];
      let after: string | null = null;
      let total = -1;
      for (;;) {
        const r = await app.gql<{ careCards: Page }>(
          PAGE,
          { f: { ...f, tags: ['Kỳ'] }, after },
          { token: admin },
        );
        expect(r.errors).toBeUndefined();
        total = r.data!.careCards.totalCount;
        ids.push(...r.data!.careCards.nodes.map((n) => n.id));
        if (!r.data!.careCards.pageInfo.hasNextPage) {
          return { ids, total };
        }
        after = r.data!.careCards.pageInfo.endCursor;
      }
    };
    const january = { careFrom: '2027-01-01', careTo: '2027-01-31' };
    const sameDay = [made.d7a, made.d7b].sort().reverse();
    const expected = [made.d9, ...sameDay, made.d5];
    expect(await all(january)).toEqual({ ids: expected, total: 4 });
    expect(await all({ ...january, unitIds: [unitId] })).toEqual({ ids: expected, total: 4 });
    // Up to a date only: the card without a care date is not "before" it.
    expect((await all({ careTo: '2027-01-31' })).ids).not.toContain(made.none);
    expect((await all({ careFrom: '2027-01-06' })).ids).toEqual([made.feb, made.d9, ...sameDay]);
  });

  it('generates a card from an order, and a quote and an opportunity from a card', async () => {
    const order = await h.order(staff1, customer1);
    const r = await app.gql<{ generateCareCard: Card }>(
      `mutation($o: ID!) { generateCareCard(orderId: $o) { ${CARD} } }`,
      { o: order.id },
      { token: staff1 },
    );
    expect(r.errors).toBeUndefined();
    const card = r.data!.generateCareCard;
    expect(card).toMatchObject({
      orderNumber: order.number,
      order: { id: order.id },
      customer: { id: customer1 },
    });
    const notMine = await app.gql(
      `mutation($o: ID!) { generateCareCard(orderId: $o) { id } }`,
      { o: order.id },
      { token: staff2 },
    );
    expect(code(notMine)).toBe('NOT_FOUND');

    const quote = await app.gql<{ generateFromCareCard: string }>(
      `mutation($id: ID!) { generateFromCareCard(id: $id, to: QUOTE) }`,
      { id: card.id },
      { token: staff1 },
    );
    expect(quote.errors).toBeUndefined();
    const q = await app.gql<{ quote: { customer: { id: string }; totals: { total: string } } }>(
      `query($id: ID!) { quote(id: $id) { customer { id } totals { total } } }`,
      { id: quote.data!.generateFromCareCard },
      { token: staff1 },
    );
    expect(q.data!.quote).toEqual({ customer: { id: customer1 }, totals: { total: '5500000' } });
    const opp = await app.gql<{ generateFromCareCard: string }>(
      `mutation($id: ID!) { generateFromCareCard(id: $id, to: OPPORTUNITY) }`,
      { id: card.id },
      { token: staff1 },
    );
    expect(opp.errors).toBeUndefined();
  });

  it('updates with version, tags, hands over, deletes to the trash and restores, all audited', async () => {
    const card = (await create(staff1, { customerId: customer1, orderNumber: 'DH-HO', tags: ['A'] })).data!
      .createCareCard;
    const up = await app.gql<{ updateCareCard: Card }>(
      UPDATE,
      { id: card.id, i: { satisfaction: 'Rất hài lòng', version: 1 } },
      { token: staff1 },
    );
    expect(up.data!.updateCareCard).toMatchObject({ satisfaction: 'Rất hài lòng', version: 2 });
    const stale = await app.gql(UPDATE, { id: card.id, i: { notes: 'x', version: 1 } }, { token: staff1 });
    expect(code(stale)).toBe('CONFLICT');
    const tagged = await app.gql(
      `mutation($ids: [ID!]!) { tagCareCards(ids: $ids, tags: ["B"], mode: ADD) }`,
      { ids: [card.id] },
      { token: staff1 },
    );
    expect(tagged.errors).toBeUndefined();
    const staff2Id = await h.userId(admin, 'staff2@sen.local');
    const ho = await app.gql(
      `mutation($ids: [ID!]!, $u: ID!) { handOverCareCards(ids: $ids, toUserId: $u) }`,
      { ids: [card.id], u: staff2Id },
      { token: staff1 },
    );
    expect(ho.errors).toBeUndefined();
    const seen = await app.gql<{ careCard: Card }>(
      `query($id: ID!) { careCard(id: $id) { ${CARD} } }`,
      { id: card.id },
      {
        token: staff2,
      },
    );
    expect(seen.data!.careCard).toMatchObject({ owner: { email: 'staff2@sen.local' }, tags: ['A', 'B'] });
    expect((await list(staff1)).nodes.map((n) => n.id)).not.toContain(card.id);

    const del = await app.gql(
      `mutation($ids: [ID!]!) { deleteCareCards(ids: $ids) }`,
      { ids: [card.id] },
      { token: staff2 },
    );
    expect(del.data).toEqual({ deleteCareCards: 1 });
    expect((await list(staff2, { deleted: true })).nodes.map((n) => n.id)).toContain(card.id);
    const res = await app.gql(
      `mutation($ids: [ID!]!) { restoreCareCards(ids: $ids) }`,
      { ids: [card.id] },
      { token: staff2 },
    );
    expect(res.data).toEqual({ restoreCareCards: 1 });
    const logs = await app.gql<{ auditLogs: { nodes: { action: string; description: string }[] } }>(
      `{ auditLogs(filter: { modules: ["care-cards"] }, first: 200) { nodes { action description } } }`,
      {},
      { token: admin },
    );
    const actions = logs
      .data!.auditLogs.nodes.filter((n) => n.description.includes(card.code))
      .map((n) => n.action);
    expect(actions).toEqual(expect.arrayContaining(['CREATE', 'UPDATE', 'TRANSFER', 'DELETE', 'RESTORE']));
  });
});
