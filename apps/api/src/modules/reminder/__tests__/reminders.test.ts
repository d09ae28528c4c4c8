import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';

let admin: string;
let staff1: string;
let staff2: string;

interface R {
  kind: string;
  date: string;
  recordId: string;
  title: string;
}

const reminders = async (token: string, date: string) => {
  return (
    await app.data<{ reminders: R[] }>(
      'query($d: Date) { reminders(date: $d) { kind date recordId title } }',
      { d: date },
      { token },
    )
  ).reminders;
};
const mine = (list: R[], ids: string[]) => list.filter((r) => ids.includes(r.recordId));

let employeeJan: string;
let employeeLeap: string;
let customerJan: string;
let contactLeap: string;
let sharedCustomer: string;

const app = useTestApp();
const h = crm(app);
beforeAll(async () => {
  [admin, staff1, staff2] = await Promise.all(
    ['admin@sen.local', 'staff1@sen.local', 'staff2@sen.local'].map((e) => app.login(e)),
  );
  const mk = async (email: string, birthday: string) => {
    const r = await app.gql<{ createUser: { id: string } }>(
      'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }',
      { i: { email, name: `NV ${birthday}`, password: 'mat-khau-123', role: 'STAFF', birthday } },
      { token: admin },
    );
    return r.data!.createUser.id;
  };
  employeeJan = await mk('sinhnhat.jan@sen.local', '1990-01-02');
  employeeLeap = await mk('sinhnhat.leap@sen.local', '1992-02-29');
  customerJan = (await h.createCustomer(staff1, { name: 'Công ty Thành Lập 2/1', foundedOn: '2010-01-02' }))
    .id;
  sharedCustomer = (await h.createCustomer(admin, { name: 'Công ty Chia Sẻ 5/1', foundedOn: '2015-01-05' }))
    .id;
  await app.gql(
    'mutation($ids: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $ids, userIds: $u) }',
    {
      ids: [sharedCustomer],
      u: [await h.userId(admin, 'staff1@sen.local')],
    },
    { token: admin },
  );
  const c = await app.gql<{ createContact: { id: string } }>(
    'mutation($i: CreateContactInput!) { createContact(input: $i) { id } }',
    { i: { name: 'Lê Thị Nhuận', birthday: '1988-02-29', customerId: customerJan } },
    { token: staff1 },
  );
  contactLeap = c.data!.createContact.id;
  await app.gql(
    'mutation($i: SystemParametersInput!) { updateSystemParameters(input: $i) { version } }',
    { i: { anniversaryReminderDays: 5, contactBirthdayReminderDays: 3, taskReminderDays: 2 } },
    { token: admin },
  );
});

describe('reminders(date) follows the shared date rules (REM-01..03)', () => {
  const ids = () => [employeeJan, employeeLeap, customerJan, contactLeap, sharedCustomer];
  it.each([
    // date, expected [kind, date, which]
    ['2026-12-27', []],
    ['2026-12-28', [['CUSTOMER_ANNIVERSARY', '2027-01-02', 'customerJan']]], // 5 days across the year end
    ['2026-12-29', [['CUSTOMER_ANNIVERSARY', '2027-01-02', 'customerJan']]],
    [
      '2026-12-31',
      [
        ['CUSTOMER_ANNIVERSARY', '2027-01-02', 'customerJan'],
        ['CUSTOMER_ANNIVERSARY', '2027-01-05', 'sharedCustomer'],
      ],
    ],
    [
      '2027-01-01',
      [
        ['CUSTOMER_ANNIVERSARY', '2027-01-02', 'customerJan'],
        ['EMPLOYEE_BIRTHDAY', '2027-01-02', 'employeeJan'], // from the 1st of the month
        ['CUSTOMER_ANNIVERSARY', '2027-01-05', 'sharedCustomer'],
      ],
    ],
    ['2027-01-03', [['CUSTOMER_ANNIVERSARY', '2027-01-05', 'sharedCustomer']]], // birthday gone the day after
    ['2027-02-01', [['EMPLOYEE_BIRTHDAY', '2027-02-28', 'employeeLeap']]],
    [
      '2027-02-25',
      [
        ['CONTACT_BIRTHDAY', '2027-02-28', 'contactLeap'], // 29 Feb → 28 Feb in a non-leap year
        ['EMPLOYEE_BIRTHDAY', '2027-02-28', 'employeeLeap'],
      ],
    ],
    ['2027-03-01', []],
    [
      '2028-02-28',
      [
        ['CONTACT_BIRTHDAY', '2028-02-29', 'contactLeap'],
        ['EMPLOYEE_BIRTHDAY', '2028-02-29', 'employeeLeap'],
      ],
    ],
  ])('on %s', async (date, expected) => {
    const names: Record<string, string> = {
      [employeeJan]: 'employeeJan',
      [employeeLeap]: 'employeeLeap',
      [customerJan]: 'customerJan',
      [contactLeap]: 'contactLeap',
      [sharedCustomer]: 'sharedCustomer',
    };
    const got = mine(await reminders(staff1, date), ids()).map((r) => [r.kind, r.date, names[r.recordId]]);
    expect(got).toEqual(expected);
  });

  it('another STAFF user sees the company birthdays but not staff1’s customers and contacts', async () => {
    const got = mine(await reminders(staff2, '2027-02-25'), ids()).map((r) => r.kind);
    expect(got).toEqual(['EMPLOYEE_BIRTHDAY']);
    expect(mine(await reminders(staff2, '2026-12-31'), ids())).toEqual([]);
  });
});

it('names the customer of a contact reminder (the panel’s second line)', async () => {
  const r = await app.gql<{ reminders: { recordId: string; subtitle: string | null }[] }>(
    'query { reminders(date: "2027-02-25") { recordId subtitle } }',
    {},
    { token: staff1 },
  );
  expect(r.data!.reminders.find((x) => x.recordId === contactLeap)).toEqual({
    recordId: contactLeap,
    subtitle: 'Công ty Thành Lập 2/1',
  });
});

it('tasks due within N days of the Hanoi day, whatever the server clock zone (REM-03)', async () => {
  const make = async (name: string, dueAt: string, status = 'PLANNED') => {
    const r = await app.gql<{ createActivity: { id: string } }>(
      'mutation($i: CreateActivityInput!) { createActivity(input: $i) { id } }',
      { i: { name, type: 'TASK', dueAt, status } },
      { token: staff1 },
    );
    return r.data!.createActivity.id;
  };
  const early = await make('Hạn 00:30 giờ Hà Nội', '2027-06-10T00:30:00+07:00'); // 9 June in UTC
  const last = await make('Hạn cuối ngày thứ 2', '2027-06-12T23:59:00+07:00');
  const tooFar = await make('Hạn ngày thứ 3', '2027-06-13T00:01:00+07:00');
  const done = await make('Đã xong', '2027-06-11T10:00:00+07:00', 'DONE');
  const got = mine(await reminders(staff1, '2027-06-10'), [early, last, tooFar, done]);
  expect(got.map((r) => [r.title, r.date])).toEqual([
    ['Hạn 00:30 giờ Hà Nội', '2027-06-10'],
    ['Hạn cuối ngày thứ 2', '2027-06-12'],
  ]);
  expect(mine(await reminders(staff2, '2027-06-10'), [early, last])).toEqual([]);
});

it('contract expiry and instalments due within the PAR-04 days, only in the caller’s book (REM-03)', async () => {
  await app.gql(
    'mutation($i: SystemParametersInput!) { updateSystemParameters(input: $i) { version } }',
    { i: { contractExpiryReminderDays: 10, paymentReminderDays: 5 } },
    { token: admin },
  );
  const contract = async (token: string, customerId: string, input: Record<string, unknown>) => {
    return (
      await app.data<{ createContract: { id: string; number: string } }>(
        'mutation($i: CreateContractInput!) { createContract(input: $i) { id number } }',
        { i: { customerId, value: '100000000', status: 'ACTIVE', ...input } },
        { token },
      )
    ).createContract;
  };
  const expiring = await contract(staff1, customerJan, { validTo: '2027-03-11' });
  const tooLate = await contract(staff1, customerJan, { validTo: '2027-03-12' });
  const paying = await contract(staff1, customerJan, {
    instalments: [
      { dueDate: '2027-03-03', amount: '30000000' },
      { dueDate: '2027-03-05', amount: '30000000' },
      { dueDate: '2027-03-07', amount: '40000000' },
    ],
  });
  const paid = await contract(staff1, customerJan, {
    instalments: [{ dueDate: '2027-03-02', amount: '100000000' }],
  });
  // A contract of a customer shared with staff1, owned by the admin: in staff1's book too.
  const shared = await contract(admin, sharedCustomer, { validTo: '2027-03-01' });
  // A contract the admin owns, of a customer staff1 owns: in staff1's book by its customer.
  const ofTheirCustomer = await contract(admin, customerJan, { validTo: '2027-03-09' });
  const staff1Id = await h.userId(admin, 'staff1@sen.local');
  const pay = await app.gql<{ contract: { instalments: { id: string }[] } }>(
    'query($id: ID!) { contract(id: $id) { instalments { id } } }',
    { id: paid.id },
    { token: staff1 },
  );
  const receipt = await app.gql(
    'mutation($i: CreateReceiptInput!) { createReceipt(input: $i) { id } }',
    {
      i: {
        customerId: customerJan,
        date: '2027-02-20',
        amount: '100000000',
        ownerId: staff1Id,
        allocations: [{ instalmentId: pay.data!.contract.instalments[0].id, amount: '100000000' }],
      },
    },
    { token: staff1 },
  );
  expect(receipt.errors).toBeUndefined();

  const ids = [expiring.id, tooLate.id, paying.id, paid.id, shared.id, ofTheirCustomer.id];
  const got = mine(await reminders(staff1, '2027-03-01'), ids).map((r) => [r.kind, r.title, r.date]);
  expect(got).toEqual([
    ['CONTRACT_EXPIRY', shared.number, '2027-03-01'],
    ['PAYMENT_DUE', paying.number, '2027-03-03'],
    ['CONTRACT_EXPIRY', ofTheirCustomer.number, '2027-03-09'],
    ['CONTRACT_EXPIRY', expiring.number, '2027-03-11'],
  ]);
  // Three days on: the first instalment's day has passed, the next one is due; the window reaches
  // the later contract's end too, and the shared contract has expired.
  expect(mine(await reminders(staff1, '2027-03-04'), ids).map((r) => [r.kind, r.date])).toEqual([
    ['PAYMENT_DUE', '2027-03-05'],
    ['CONTRACT_EXPIRY', '2027-03-09'],
    ['CONTRACT_EXPIRY', '2027-03-11'],
    ['CONTRACT_EXPIRY', '2027-03-12'],
  ]);
  // Another STAFF user sees none of them.
  expect(mine(await reminders(staff2, '2027-03-01'), ids)).toEqual([]);
});

it('an instalment due is in the book of the contract’s owner, of its customer’s owner and of whom the customer is shared with, and follows a change of either owner (REM-03)', async () => {
  await app.gql(
    'mutation($i: SystemParametersInput!) { updateSystemParameters(input: $i) { version } }',
    { i: { paymentReminderDays: 5 } },
    { token: admin },
  );
  const staff1Id = await h.userId(admin, 'staff1@sen.local');
  const contract = async (customerId: string, dueDate: string) =>
    (
      await app.data<{ createContract: { id: string; number: string; version: number } }>(
        'mutation($i: CreateContractInput!) { createContract(input: $i) { id number version } }',
        {
          i: {
            customerId,
            value: '50000000',
            status: 'ACTIVE',
            instalments: [{ dueDate, amount: '50000000' }],
          },
        },
        { token: admin },
      )
    ).createContract;
  const adminsCustomer = (await h.createCustomer(admin, { name: 'Công ty Của Quản Trị' })).id;
  const movingCustomer = (await h.createCustomer(admin, { name: 'Công ty Chuyển Giao' })).id;
  // All owned by the admin: staff1's by the customer they own, by the share, and by neither.
  const ofTheirCustomer = await contract(customerJan, '2027-05-02');
  const ofShared = await contract(sharedCustomer, '2027-05-03');
  const handedOver = await contract(adminsCustomer, '2027-05-04');
  const ofTransferred = await contract(movingCustomer, '2027-05-05');
  const ids = [ofTheirCustomer.id, ofShared.id, handedOver.id, ofTransferred.id];
  const due = async (token: string) =>
    mine(await reminders(token, '2027-05-01'), ids).map((r) => [r.kind, r.title, r.date]);

  expect(await due(staff1)).toEqual([
    ['PAYMENT_DUE', ofTheirCustomer.number, '2027-05-02'],
    ['PAYMENT_DUE', ofShared.number, '2027-05-03'],
  ]);
  expect(await due(staff2)).toEqual([]);

  // The contract handed to staff1, and the other one's customer transferred to them.
  await app.data(
    'mutation($id: ID!, $i: UpdateContractInput!) { updateContract(id: $id, input: $i) { id } }',
    { id: handedOver.id, i: { ownerId: staff1Id, version: handedOver.version } },
    { token: admin },
  );
  await app.data(
    'mutation($ids: [ID!]!, $to: ID!) { transferCustomers(ids: $ids, toUserId: $to) }',
    {
      ids: [movingCustomer],
      to: staff1Id,
    },
    { token: admin },
  );
  expect(await due(staff1)).toEqual([
    ['PAYMENT_DUE', ofTheirCustomer.number, '2027-05-02'],
    ['PAYMENT_DUE', ofShared.number, '2027-05-03'],
    ['PAYMENT_DUE', handedOver.number, '2027-05-04'],
    ['PAYMENT_DUE', ofTransferred.number, '2027-05-05'],
  ]);
  // The admin keeps all four: three contracts it still owns, and the handed-over one by its customer.
  expect((await due(admin)).map(([, number]) => number)).toEqual(
    [ofTheirCustomer, ofShared, handedOver, ofTransferred].map((c) => c.number),
  );
  expect(await due(staff2)).toEqual([]);
});
