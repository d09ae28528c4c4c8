import { useTestApp } from '../../../test/harness';
import { ACTIVITY_TABLES, acts } from '../activity.test-helpers';

let h: ReturnType<typeof acts>;
let admin: string;
let manager: string;
let staff1: string;
let staff2: string;
let staff1Id: string;
let staff2Id: string;
/** Created by staff1 for staff1's customer, assigned to staff1. */
let own: string;
/** Created by staff2 (Marketing) for nobody: a task for themself. */
let marketing: string;
/** Created by staff2, assigned to staff1. */
let assignedToStaff1: string;
/** Created by admin, staff2 a participant. */
let withParticipant: string;
/** Created by admin for a customer shared with staff2. */
let viaSharedCustomer: string;

const app = useTestApp();
beforeAll(async () => {
  h = acts(app);
  [admin, manager, staff1, staff2] = await Promise.all(
    ['admin@sen.local', 'manager@sen.local', 'staff1@sen.local', 'staff2@sen.local'].map((e) => app.login(e)),
  );
  staff1Id = await h.userId(admin, 'staff1@sen.local');
  staff2Id = await h.userId(admin, 'staff2@sen.local');
  const c1 = await h.createCustomer(staff1, { name: 'Công ty Truy Cập Một' });
  const adminCustomer = await h.createCustomer(admin, { name: 'Công ty Chia Sẻ' });
  await app.gql(
    'mutation($ids: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $ids, userIds: $u) }',
    {
      ids: [adminCustomer.id],
      u: [staff2Id],
    },
    { token: admin },
  );
  own = (await h.make(staff1, { name: 'Gọi điện chào hàng QX', type: 'CALL', customerIds: [c1.id] })).id;
  marketing = (await h.make(staff2, { name: 'Việc riêng marketing QX', type: 'TASK' })).id;
  assignedToStaff1 = (
    await h.make(staff2, { name: 'Nhờ staff1 gửi báo giá QX', type: 'EMAIL', assigneeId: staff1Id })
  ).id;
  withParticipant = (
    await h.make(admin, { name: 'Họp giao ban QX', type: 'MEETING', participantIds: [staff2Id] })
  ).id;
  viaSharedCustomer = (
    await h.make(admin, {
      name: 'Gặp khách chia sẻ QX',
      type: 'APPOINTMENT',
      customerIds: [adminCustomer.id],
    })
  ).id;
});

const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id).sort();
/** Only this file's activities (the demo data has others): their names all carry "QX". */
const list = (token: string, filter: Record<string, unknown> = {}) =>
  h.list(token, { search: 'qx', ...filter });

it('STAFF sees what they created, are assigned to, take part in, or whose customer they see — in lists and counts', async () => {
  const s1 = await list(staff1);
  expect(ids(s1.nodes)).toEqual([own, assignedToStaff1].sort());
  expect(s1.totalCount).toBe(2);
  const s2 = await list(staff2);
  expect(ids(s2.nodes)).toEqual([marketing, assignedToStaff1, withParticipant, viaSharedCustomer].sort());
  expect(s2.totalCount).toBe(4);
});

it('"my work" is what is assigned to me; "assigned by me" what I gave to others (ACT-03, ACT-07)', async () => {
  expect(ids((await list(staff1, { scope: 'MINE' })).nodes)).toEqual([own, assignedToStaff1].sort());
  expect(ids((await list(staff2, { scope: 'MINE' })).nodes)).toEqual([marketing]);
  expect(ids((await list(staff2, { scope: 'ASSIGNED_BY_ME' })).nodes)).toEqual([assignedToStaff1]);
});

it('MANAGER sees their department’s activities (and not Marketing’s own task); ADMIN sees all', async () => {
  const m = await list(manager);
  expect(ids(m.nodes)).toEqual([own, assignedToStaff1].sort());
  const a = await list(admin);
  expect(a.totalCount).toBe(5);
});

it('a STAFF user gets NOT_FOUND for an activity they may not see, by id, edit, comment or delete; nothing changes', async () => {
  const before = await app.snapshot(ACTIVITY_TABLES);
  const read = await h.get(staff1, marketing);
  expect(read.errors![0].extensions.code).toBe('NOT_FOUND');
  const edit = await h.update(staff1, marketing, { name: 'Sửa trộm', version: 1 });
  expect(edit.errors![0].extensions.code).toBe('NOT_FOUND');
  const comment = await app.gql(
    'mutation($a: ID!) { addActivityComment(activityId: $a, body: "xin chào") { id } }',
    { a: marketing },
    { token: staff1 },
  );
  expect(comment.errors![0].extensions.code).toBe('NOT_FOUND');
  const del = await app.gql(
    'mutation($ids: [ID!]!) { deleteActivities(ids: $ids) }',
    { ids: [marketing] },
    { token: staff1 },
  );
  expect(del.errors![0].extensions.code).toBe('NOT_FOUND');
  expect(await app.snapshot(ACTIVITY_TABLES)).toEqual(before);
});

it('seeing an activity through a shared customer lets one comment but not edit or delete it (FORBIDDEN)', async () => {
  const before = await app.snapshot(ACTIVITY_TABLES);
  const edit = await h.update(staff2, viaSharedCustomer, { name: 'Đổi tên', version: 1 });
  expect(edit.errors![0].extensions.code).toBe('FORBIDDEN');
  const del = await app.gql(
    'mutation($ids: [ID!]!) { deleteActivities(ids: $ids) }',
    { ids: [viaSharedCustomer] },
    { token: staff2 },
  );
  expect(del.errors![0].extensions.code).toBe('FORBIDDEN');
  expect(await app.snapshot(ACTIVITY_TABLES)).toEqual(before);
  const comment = await app.gql(
    'mutation($a: ID!) { addActivityComment(activityId: $a, body: "Đã gọi lại") { body author { email } } }',
    { a: viaSharedCustomer },
    { token: staff2 },
  );
  expect(comment.data).toEqual({
    addActivityComment: { body: 'Đã gọi lại', author: { email: 'staff2@sen.local' } },
  });
});

it('the assignee may edit but only the creator (or their manager, or an admin) deletes; restore by the creator, purge by admin', async () => {
  const edit = await h.update(staff1, assignedToStaff1, { status: 'IN_PROGRESS', version: 1 });
  expect(edit.data!.updateActivity.status).toBe('IN_PROGRESS');
  const del = await app.gql(
    'mutation($ids: [ID!]!) { deleteActivities(ids: $ids) }',
    { ids: [assignedToStaff1] },
    { token: staff1 },
  );
  expect(del.errors![0].extensions.code).toBe('FORBIDDEN');
  const ok = await app.gql(
    'mutation($ids: [ID!]!) { deleteActivities(ids: $ids) }',
    { ids: [marketing] },
    { token: staff2 },
  );
  expect(ok.data).toEqual({ deleteActivities: 1 });
  expect(ids((await list(staff2, { deleted: true })).nodes)).toEqual([marketing]);
  expect((await h.get(staff2, marketing)).errors![0].extensions.code).toBe('NOT_FOUND');
  const purgeByStaff = await app.gql(
    'mutation($ids: [ID!]!) { purgeActivities(ids: $ids) }',
    { ids: [marketing] },
    { token: staff2 },
  );
  expect(purgeByStaff.errors![0].extensions.code).toBe('FORBIDDEN');
  const restore = await app.gql(
    'mutation($ids: [ID!]!) { restoreActivities(ids: $ids) }',
    { ids: [marketing] },
    { token: staff2 },
  );
  expect(restore.data).toEqual({ restoreActivities: 1 });
  expect(ids((await list(staff2, { scope: 'MINE' })).nodes)).toEqual([marketing]);
});
