import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';
import { reportData } from '../report-test-helpers';

const STATS = `query($from: Date!, $to: Date!, $d: ID) { taskStatistics(from: $from, to: $to, departmentId: $d) {
  assigneeId assignee { email } planned inProgress done cancelled overdue total } }`;

interface StatRow {
  assigneeId: string;
  assignee: { email: string };
  planned: number;
  inProgress: number;
  done: number;
  cancelled: number;
  overdue: number;
  total: number;
}

let admin: string;
let manager: string;
let staff1: string;
let staff2: string;
let ids: Record<string, string>;
const FROM = '2025-01-01';
const TO = '2025-12-31';

const stats = async (token: string, departmentId?: string) =>
  (await app.data<{ taskStatistics: StatRow[] }>(STATS, { from: FROM, to: TO, d: departmentId }, { token }))
    .taskStatistics;

const app = useTestApp(
  async (a) => ([admin, manager, staff1, staff2] = await a.signIn('admin', 'manager', 'staff1', 'staff2')),
);
beforeAll(async () => {
  const h = crm(app);
  const d = reportData(app);
  ids = await h.userIds(admin, 'staff1', 'staff2');
  // All in 2025, so each unfinished one is overdue.
  for (const [token, status, due] of [
    [staff1, 'PLANNED', '2025-02-01T09:00:00+07:00'],
    [staff1, 'IN_PROGRESS', '2025-03-01T09:00:00+07:00'],
    [staff1, 'DONE', '2025-04-01T09:00:00+07:00'],
    [staff1, 'CANCELLED', '2025-05-01T09:00:00+07:00'],
    [staff1, 'DONE', '2026-01-01T09:00:00+07:00'], // outside the period
    [staff2, 'DONE', '2025-06-01T09:00:00+07:00'],
    [staff2, 'PLANNED', '2025-06-02T09:00:00+07:00'],
  ] as const) {
    await d.activity(token, { name: `Việc ${status} ${due}`, status, dueAt: due });
  }
});

describe('taskStatistics (Thống kê công việc)', () => {
  it('counts each assignee’s activities by status and overdue, within the caller’s scope', async () => {
    const own = await stats(staff1);
    expect(own).toEqual([
      {
        assigneeId: ids.staff1,
        assignee: { email: 'staff1@sen.local' },
        planned: 1,
        inProgress: 1,
        done: 1,
        cancelled: 1,
        overdue: 2,
        total: 4,
      },
    ]);
    const all = await stats(admin);
    expect(all.find((r) => r.assigneeId === ids.staff2)).toMatchObject({
      done: 1,
      planned: 1,
      overdue: 1,
      total: 2,
    });
    const boss = await stats(manager);
    expect(boss.map((r) => r.assigneeId)).not.toContain(ids.staff2);
  });

  it('equals the activity list for the same filter', async () => {
    for (const token of [admin, manager, staff1, staff2]) {
      for (const row of await stats(token)) {
        for (const [status, field] of [
          ['PLANNED', 'planned'],
          ['IN_PROGRESS', 'inProgress'],
          ['DONE', 'done'],
          ['CANCELLED', 'cancelled'],
        ] as const) {
          const list = await app.gql<{ activities: { totalCount: number } }>(
            `query($a: [ID!], $s: [ActivityStatus!], $from: DateTime, $to: DateTime) { activities(filter: {
               statuses: $s, assigneeIds: $a, dueFrom: $from, dueTo: $to }) { totalCount } }`,
            {
              a: [row.assigneeId],
              s: [status],
              from: '2025-01-01T00:00:00+07:00',
              to: '2026-01-01T00:00:00+07:00',
            },
            { token },
          );
          expect(row[field]).toBe(list.data!.activities.totalCount);
        }
      }
    }
  });

  it('keeps one department’s assignees', async () => {
    const depts = await app.gql<{ departments: { id: string; name: string }[] }>(
      '{ departments { id name } }',
      {},
      {
        token: admin,
      },
    );
    const marketing = depts.data!.departments.find((d) => d.name === 'Phòng Marketing')!.id;
    const rows = await stats(admin, marketing);
    expect(rows.map((r) => r.assigneeId)).toEqual([ids.staff2]);
    expect(await stats(admin, 'not-an-id')).toEqual([]);
    const bad = await app.gql(STATS, { from: TO, to: FROM }, { token: admin });
    expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
