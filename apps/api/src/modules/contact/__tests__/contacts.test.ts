import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';

const CREATE = `mutation($i: CreateContactInput!) { createContact(input: $i) { id name isPrimary mobile email version customer { id name } owner { email } } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateContactInput!) { updateContact(id: $id, input: $i) { id isPrimary version } }`;
type Made = {
  createContact: { id: string; isPrimary: boolean; version: number; customer: { id: string } | null };
};

let admin: string;
let staff1: string;
let staff2: string;
let customerId: string;

const app = useTestApp(async (a) => ([admin, staff1, staff2] = await a.signIn('admin', 'staff1', 'staff2')));
const h = crm(app);
beforeAll(async () => {
  customerId = (await h.createCustomer(staff1, { name: 'Công ty Liên Hệ' })).id;
});

it('adds contacts to a customer; ticking another primary contact moves the flag (CON-01)', async () => {
  const first = await app.gql<Made>(
    CREATE,
    {
      i: {
        name: 'Nguyễn Minh Trang',
        title: 'Kế toán',
        customerId,
        isPrimary: true,
        mobile: '+84 988 111 222',
      },
    },
    { token: staff1 },
  );
  expect(first.data!.createContact).toMatchObject({
    isPrimary: true,
    mobile: '0988111222',
    customer: { id: customerId },
  });
  const second = await app.gql<Made>(
    CREATE,
    { i: { name: 'Lê Văn Nam', customerId, isPrimary: true } },
    { token: staff1 },
  );
  expect(second.data!.createContact.isPrimary).toBe(true);
  const list = await app.gql<{ contacts: { nodes: { name: string; isPrimary: boolean }[] } }>(
    'query($c: ID) { contacts(filter: { customerId: $c }) { nodes { name isPrimary } } }',
    { c: customerId },
    { token: staff1 },
  );
  expect(list.data!.contacts.nodes).toEqual([
    { name: 'Lê Văn Nam', isPrimary: true },
    { name: 'Nguyễn Minh Trang', isPrimary: false },
  ]);
  const customer = await app.gql<{
    customer: { contactCount: number; contacts: { nodes: { name: string }[] } };
  }>(
    'query($id: ID!) { customer(id: $id) { contactCount contacts(first: 5) { nodes { name } } } }',
    { id: customerId },
    { token: staff1 },
  );
  expect(customer.data!.customer.contactCount).toBe(2);
  expect(customer.data!.customer.contacts.nodes.map((n) => n.name)).toEqual([
    'Lê Văn Nam',
    'Nguyễn Minh Trang',
  ]);
});

it('refuses a duplicate mobile with the seed-style message, changing nothing (CON-05)', async () => {
  const before = await app.snapshot();
  const r = await app.gql(CREATE, { i: { name: 'Trùng số', mobile: '0988 111 222' } }, { token: staff2 });
  expect(r.errors![0].extensions.code).toBe('DUPLICATE');
  expect(r.errors![0].message).toBe(
    'Di động đã tồn tại trong liên hệ Nguyễn Minh Trang thuộc chủ sở hữu Nguyễn Văn Đức',
  );
  expect(await app.snapshot()).toEqual(before);
});

it('filters by name, title, gender, customer, mobile, e-mail and owner (CON-04)', async () => {
  await app.gql(
    CREATE,
    { i: { name: 'Phạm Thu Hà', title: 'Giám đốc', gender: 'FEMALE', email: 'ha.pham@lh.vn', customerId } },
    { token: staff1 },
  );
  const q = (filter: Record<string, unknown>) =>
    app
      .gql<{ contacts: { nodes: { name: string }[] } }>(
        'query($f: ContactFilter) { contacts(filter: $f) { nodes { name } } }',
        { f: filter },
        { token: staff1 },
      )
      .then((r) => r.data!.contacts.nodes.map((n) => n.name));
  expect(await q({ name: 'pham thu' })).toEqual(['Phạm Thu Hà']);
  expect(await q({ title: 'giam doc', customerId })).toEqual(['Phạm Thu Hà']);
  expect(await q({ gender: 'FEMALE', customerId })).toEqual(['Phạm Thu Hà']);
  expect(await q({ mobile: '111 222' })).toEqual(['Nguyễn Minh Trang']);
  expect(await q({ email: 'HA.PHAM' })).toEqual(['Phạm Thu Hà']);
  const staff1Id = await h.userId(admin, 'staff1@sen.local');
  expect((await q({ ownerIds: [staff1Id], customerId })).length).toBe(3);
});

it("hides another staff member's customer's contacts everywhere, and refuses to attach to that customer", async () => {
  const list = await app.gql<{ contacts: { nodes: { name: string }[] } }>(
    '{ contacts(first: 200) { nodes { name } } }',
    {},
    { token: staff2 },
  );
  expect(list.data!.contacts.nodes.map((n) => n.name)).not.toContain('Lê Văn Nam');
  const before = await app.snapshot();
  const attach = await app.gql(CREATE, { i: { name: 'Gắn nhầm', customerId } }, { token: staff2 });
  expect(attach.errors![0].extensions.fieldErrors).toEqual([
    { field: 'customerId', message: 'Giá trị không hợp lệ.' },
  ]);
  expect(await app.snapshot()).toEqual(before);
  const mine = await app.gql<Made>(CREATE, { i: { name: 'Liên hệ riêng' } }, { token: staff2 });
  const other = await app.gql(
    'query($id: ID!) { contact(id: $id) { id } }',
    { id: mine.data!.createContact.id },
    { token: staff1 },
  );
  expect(other.errors![0].extensions.code).toBe('NOT_FOUND');
});

it('edits with the version, refuses a stale one, deletes to the trash and restores', async () => {
  const c = (await app.gql<Made>(CREATE, { i: { name: 'Sửa liên hệ', customerId } }, { token: staff1 })).data!
    .createContact;
  const ok = await app.gql<{ updateContact: { version: number } }>(
    UPDATE,
    { id: c.id, i: { title: 'Trưởng phòng', version: c.version } },
    { token: staff1 },
  );
  expect(ok.data!.updateContact.version).toBe(c.version + 1);
  const stale = await app.gql(
    UPDATE,
    { id: c.id, i: { title: 'Cũ', version: c.version } },
    { token: staff1 },
  );
  expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: c.version + 1 });
  expect(
    (
      await app.gql(
        'mutation($ids: [ID!]!) { deleteContacts(ids: $ids) }',
        { ids: [c.id] },
        { token: staff1 },
      )
    ).data,
  ).toEqual({ deleteContacts: 1 });
  const trash = await app.gql<{ contacts: { nodes: { id: string }[] } }>(
    '{ contacts(filter: { deleted: true }) { nodes { id } } }',
    {},
    { token: staff1 },
  );
  expect(trash.data!.contacts.nodes.map((n) => n.id)).toContain(c.id);
  expect(
    (
      await app.gql(
        'mutation($ids: [ID!]!) { restoreContacts(ids: $ids) }',
        { ids: [c.id] },
        { token: staff1 },
      )
    ).data,
  ).toEqual({ restoreContacts: 1 });
});
