import { useTestApp } from '../../../test/harness';
import { acts } from '../activity.test-helpers';

let h: ReturnType<typeof acts>;
let staff1: string;
let staff1Id: string;
let customerId: string;
const made: Record<string, string> = {};

const app = useTestApp();
beforeAll(async () => {
  h = acts(app);
  const admin = await app.login('admin@sen.local');
  staff1 = await app.login('staff1@sen.local');
  staff1Id = await h.userId(admin, 'staff1@sen.local');
  customerId = (await h.createCustomer(staff1, { name: 'Công ty Bộ Lọc' })).id;
  const rows: [string, Record<string, unknown>][] = [
    [
      'call',
      {
        name: 'Gọi điện nhắc nợ QX',
        type: 'CALL',
        dueAt: '2026-12-01T09:00:00+07:00',
        customerIds: [customerId],
      },
    ],
    [
      'meeting',
      { name: 'Họp tổng kết năm QX', type: 'MEETING', status: 'DONE', dueAt: '2026-12-15T09:00:00+07:00' },
    ],
    // 00:30 on 1 January in Hanoi is still 31 December in UTC.
    ['email', { name: 'Gửi thư chúc Tết QX', type: 'EMAIL', dueAt: '2027-01-01T00:30:00+07:00' }],
    ['task', { name: 'Việc không hạn QX', type: 'TASK' }],
  ];
  for (const [key, input] of rows) {
    made[key] = (await h.make(staff1, input)).id;
  }
});

const names = async (filter: Record<string, unknown>, orderBy?: unknown) => {
  const { activities } = await app.data<{ activities: { nodes: { name: string }[]; totalCount: number } }>(
    'query($f: ActivityFilter, $o: [ActivityOrder!]) { activities(filter: $f, orderBy: $o) { nodes { name } totalCount } }',
    // Only this file's activities (the demo data has others): they all carry "QX".
    { f: { search: 'qx', ...filter }, o: orderBy },
    { token: staff1 },
  );
  expect(activities.totalCount).toBe(activities.nodes.length);
  return activities.nodes.map((n) => n.name);
};

it.each([
  ['type', { types: ['CALL', 'EMAIL'] }, ['Gọi điện nhắc nợ QX', 'Gửi thư chúc Tết QX']],
  ['status', { statuses: ['DONE'] }, ['Họp tổng kết năm QX']],
  [
    'assignee',
    { assigneeIds: [() => staff1Id] },
    ['Gọi điện nhắc nợ QX', 'Gửi thư chúc Tết QX', 'Họp tổng kết năm QX', 'Việc không hạn QX'],
  ],
  ['customer', { customerId: () => customerId }, ['Gọi điện nhắc nợ QX']],
  ['search without diacritics', { search: 'hop tong ket' }, ['Họp tổng kết năm QX']],
  [
    'due-date range (Hanoi days)',
    { dueFrom: '2026-12-14T17:00:00Z', dueTo: '2026-12-31T17:00:00Z' },
    ['Họp tổng kết năm QX'],
  ],
])('filters by %s (ACT-07)', async (_label, raw, expected) => {
  const filter = Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [
      k,
      typeof v === 'function'
        ? v()
        : Array.isArray(v)
          ? v.map((x) => (typeof x === 'function' ? x() : x))
          : v,
    ]),
  );
  expect((await names(filter)).sort()).toEqual([...expected].sort());
});

it('sorts by due date with undated activities last, and pages with a stable cursor', async () => {
  const order = [{ field: 'DUE_AT', direction: 'ASC' }];
  expect(await names({}, order)).toEqual([
    'Gọi điện nhắc nợ QX',
    'Họp tổng kết năm QX',
    'Gửi thư chúc Tết QX',
    'Việc không hạn QX',
  ]);
  const first = await app.gql<{ activities: { nodes: { name: string }[]; pageInfo: { endCursor: string } } }>(
    'query($o: [ActivityOrder!]) { activities(filter: { search: "qx" }, orderBy: $o, first: 2) { nodes { name } pageInfo { endCursor } } }',
    { o: order },
    { token: staff1 },
  );
  const next = await app.gql<{ activities: { nodes: { name: string }[] } }>(
    'query($o: [ActivityOrder!], $a: String) { activities(filter: { search: "qx" }, orderBy: $o, first: 2, after: $a) { nodes { name } } }',
    { o: order, a: first.data!.activities.pageInfo.endCursor },
    { token: staff1 },
  );
  expect(next.data!.activities.nodes.map((n) => n.name)).toEqual([
    'Gửi thư chúc Tết QX',
    'Việc không hạn QX',
  ]);
});
