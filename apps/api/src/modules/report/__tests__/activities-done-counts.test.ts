import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';
import { reportData } from '../report-test-helpers';

/**
 * The dashboard's "activities done" reads counts and link copies kept by triggers (migration
 * 1768700000001). After each kind of write that moves a done activity in or out of someone's view
 * (status, due date, assignee, links, participants, trash, restore, purge, a customer's trash and
 * restore, a transfer of its owner), every role's tile equals the activity list for the same
 * filter, and the kept data equals a recount from the activities.
 */
const FROM = '2025-01-01';
const TO = '2025-12-31';

let admin: string;
let manager: string;
let staff1: string;
let staff2: string;
let ids: Record<'admin' | 'manager' | 'staff1' | 'staff2', string>;
const act: Record<string, string> = {};
const cust: Record<string, string> = {};

const app = useTestApp(
  async (a) => ([admin, manager, staff1, staff2] = await a.signIn('admin', 'manager', 'staff1', 'staff2')),
);

const ok = async (query: string, variables: Record<string, unknown>, token: string) => {
  const r = await app.gql(query, variables, { token });
  expect(r.errors).toBeUndefined();
  return r.data;
};

async function update(token: string, id: string, input: Record<string, unknown>) {
  const { activity } = (await ok('query($id: ID!) { activity(id: $id) { version } }', { id }, token)) as {
    activity: { version: number };
  };
  await ok(
    'mutation($id: ID!, $i: UpdateActivityInput!) { updateActivity(id: $id, input: $i) { id } }',
    { id, i: { ...input, version: activity.version } },
    token,
  );
}

/** The tile, for each role, is the list's count per assignee (non-zero ones, most first). */
async function expectTilesEqualLists(): Promise<void> {
  for (const token of [admin, manager, staff1, staff2]) {
    const { dashboard } = (await ok(
      'query($f: Date!, $t: Date!) { dashboard(from: $f, to: $t) { activitiesDone { userId count } } }',
      { f: FROM, t: TO },
      token,
    )) as { dashboard: { activitiesDone: { userId: string; count: number }[] } };
    const want: { userId: string; count: number }[] = [];
    for (const userId of Object.values(ids)) {
      const { activities } = (await ok(
        `query($a: [ID!]) { activities(filter: { statuses: [DONE], assigneeIds: $a,
           dueFrom: "2025-01-01T00:00:00+07:00", dueTo: "2026-01-01T00:00:00+07:00" }) { totalCount } }`,
        { a: [userId] },
        token,
      )) as { activities: { totalCount: number } };
      if (activities.totalCount > 0) {
        want.push({ userId, count: activities.totalCount });
      }
    }
    want.sort((x, y) => y.count - x.count || (x.userId < y.userId ? -1 : 1));
    expect(dashboard.activitiesDone).toEqual(want);
  }
  const sql = app.server.db.dataSource;
  const kept = await sql.query(
    `SELECT day::text, assignee_id, created_by, n::int FROM activity_done_count WHERE n <> 0 ORDER BY 1, 2, 3`,
  );
  const recount = await sql.query(
    `SELECT (due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::text AS day, assignee_id, created_by, count(*)::int AS n
       FROM activity WHERE deleted_at IS NULL AND status = 'DONE' AND due_at IS NOT NULL
      GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
  );
  expect(kept).toEqual(recount);
  const copy = `CASE WHEN a.deleted_at IS NULL AND a.status = 'DONE' THEN a.due_at END`;
  const [{ stale }] = await sql.query(
    `SELECT ((SELECT count(*) FROM activity_customer l JOIN activity a ON a.id = l.activity_id
               JOIN customer c ON c.id = l.customer_id
              WHERE l.done_due_at IS DISTINCT FROM ${copy} OR l.assignee_id <> a.assignee_id
                 OR l.created_by <> a.created_by OR l.customer_owner_id <> c.owner_id)
          + (SELECT count(*) FROM activity_participant l JOIN activity a ON a.id = l.activity_id
              WHERE l.done_due_at IS DISTINCT FROM ${copy} OR l.assignee_id <> a.assignee_id
                 OR l.created_by <> a.created_by))::int AS stale`,
  );
  expect(stale).toBe(0);
}

beforeAll(async () => {
  const h = crm(app);
  const d = reportData(app);
  ids = await h.userIds(admin, 'admin', 'manager', 'staff1', 'staff2');
  for (const [key, name] of [
    ['own', 'Công ty Đếm Việc Riêng'],
    ['shared', 'Công ty Đếm Việc Chia Sẻ'],
    ['hidden', 'Công ty Đếm Việc Kín'],
  ]) {
    cust[key] = (await h.createCustomer(staff2, { name })).id;
  }
  await ok(
    'mutation($i: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $i, userIds: $u) }',
    { i: [cust.shared], u: [ids.staff1] },
    staff2,
  );
  const done = (name: string, day: string, more: Record<string, unknown> = {}) =>
    d.activity(staff2, { name, status: 'DONE', dueAt: `2025-${day}T09:00:00+07:00`, ...more });
  act.shared = await done('Qua khách chia sẻ', '03-01', { customerIds: [cust.shared] });
  act.participant = await done('Có người tham gia', '03-02', { participantIds: [ids.staff1] });
  act.planned = await d.activity(staff2, {
    name: 'Chưa xong',
    status: 'PLANNED',
    dueAt: '2025-03-03T09:00:00+07:00',
    customerIds: [cust.hidden],
  });
  act.twoLinks = await done('Hai khách', '03-04', { customerIds: [cust.shared, cust.own] });
  act.lastNight = await d.activity(staff1, {
    name: 'Đêm cuối năm',
    status: 'DONE',
    dueAt: '2025-12-31T23:30:00+07:00',
    assigneeId: ids.staff2,
  });
  await done('Việc riêng', '06-01', { customerIds: [cust.hidden] });
});

describe('activities done per user (REP-02): counts kept by triggers equal the activity list', () => {
  it('after creation, for every role', async () => {
    await expectTilesEqualLists();
  });

  it('after a status change, a new due date, a new assignee', async () => {
    await update(staff2, act.planned, { status: 'DONE' });
    await expectTilesEqualLists();
    await update(staff2, act.shared, { dueAt: '2026-01-01T00:30:00+07:00' }); // out of the year
    await update(staff1, act.lastNight, { dueAt: '2025-07-01T10:00:00+07:00' });
    await expectTilesEqualLists();
    await update(staff2, act.participant, { assigneeId: ids.manager });
    await update(staff2, act.twoLinks, { status: 'CANCELLED' });
    await expectTilesEqualLists();
    await update(staff2, act.twoLinks, { status: 'DONE', assigneeId: ids.staff1 });
    await expectTilesEqualLists();
  });

  it('after changed customer links and participants', async () => {
    await update(staff2, act.planned, { customerIds: [cust.shared, cust.hidden] });
    await update(staff2, act.participant, { participantIds: [] });
    await expectTilesEqualLists();
    await update(staff2, act.participant, { participantIds: [ids.staff1, ids.admin] });
    await update(staff2, act.planned, { customerIds: [cust.hidden] });
    await expectTilesEqualLists();
  });

  it('after trash, restore and purge of activities', async () => {
    await ok(
      'mutation($i: [ID!]!) { deleteActivities(ids: $i) }',
      { i: [act.twoLinks, act.participant] },
      staff2,
    );
    await expectTilesEqualLists();
    await ok('mutation($i: [ID!]!) { restoreActivities(ids: $i) }', { i: [act.participant] }, staff2);
    await expectTilesEqualLists();
    await ok('mutation($i: [ID!]!) { purgeActivities(ids: $i) }', { i: [act.twoLinks] }, admin);
    await expectTilesEqualLists();
  });

  it('after a customer’s trash, restore and a transfer of its owner', async () => {
    await update(staff2, act.shared, { dueAt: '2025-03-01T09:00:00+07:00' });
    await ok('mutation($i: [ID!]!) { deleteCustomers(ids: $i) }', { i: [cust.shared] }, staff2);
    await expectTilesEqualLists();
    await ok('mutation($i: [ID!]!) { restoreCustomers(ids: $i) }', { i: [cust.shared] }, staff2);
    await expectTilesEqualLists();
    await ok(
      'mutation($i: [ID!]!, $u: ID!) { transferCustomers(ids: $i, toUserId: $u) }',
      { i: [cust.hidden], u: ids.staff1 },
      admin,
    );
    await expectTilesEqualLists();
    await ok(
      'mutation($i: [ID!]!, $u: ID!) { transferCustomers(ids: $i, toUserId: $u) }',
      { i: [cust.hidden, cust.own], u: ids.manager },
      admin,
    );
    await expectTilesEqualLists();
  });
});
