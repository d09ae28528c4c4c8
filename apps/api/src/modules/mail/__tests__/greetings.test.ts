import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { crm } from '../../../test/crm';
import { startTestApp, type TestApp } from '../../../test/harness';

let app: TestApp;
let admin: string;
let staff1: string;
let staff2: string;
let smtp: SMTPServer;
let port: number;
const received: { from: string; to: string[]; data: string; user?: string }[] = [];

/** The body as the recipient's mail client shows it (nodemailer sends UTF-8 as quoted-printable). */
function decodeQuotedPrintable(raw: string): string {
  const soft = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i += 1) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

const PARAMS = `query { systemParameters { companyName senderEmail smtpHost smtpPort smtpSecure smtpUser smtpPasswordSet
  taskReminderDays anniversaryReminderDays contactBirthdayReminderDays contractExpiryReminderDays paymentReminderDays version } }`;
const UPDATE = `mutation($i: SystemParametersInput!) { updateSystemParameters(input: $i) {
  companyName senderEmail smtpHost smtpPort smtpUser smtpPasswordSet version } }`;
const SEND = `mutation($k: ReminderKind!, $r: ID!, $s: String!, $b: String!) {
  sendGreeting(kind: $k, recordId: $r, subject: $s, body: $b) { id status toAddress subject } }`;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onAuth(auth, _session, cb) {
      if (auth.username === 'sen' && auth.password === 'bi-mat-smtp') {
        cb(null, { user: auth.username });
      } else {
        cb(new Error('Invalid username or password'));
      }
    },
    onData(stream, session, cb) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          data,
          user: session.user as string | undefined,
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
  app = await startTestApp();
  [admin, staff1, staff2] = await Promise.all(
    ['admin@sen.local', 'staff1@sen.local', 'staff2@sen.local'].map((e) => app.login(e)),
  );
});
afterAll(async () => {
  await app.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

it('an admin sets company info, sender e-mail, SMTP and reminder days; the password is write-only (PAR-01, PAR-04)', async () => {
  const r = await app.gql<{ updateSystemParameters: Record<string, unknown> }>(
    UPDATE,
    {
      i: {
        companyName: 'Công ty TNHH Sen Việt',
        senderEmail: 'CSKH@sen.local',
        smtpHost: '127.0.0.1',
        smtpPort: port,
        smtpSecure: false,
        smtpUser: 'sen',
        smtpPassword: 'bi-mat-smtp',
        contactBirthdayReminderDays: 10,
      },
    },
    { token: admin },
  );
  expect(r.data!.updateSystemParameters).toMatchObject({
    companyName: 'Công ty TNHH Sen Việt',
    senderEmail: 'cskh@sen.local',
    smtpHost: '127.0.0.1',
    smtpPort: port,
    smtpPasswordSet: true,
  });
  const asked = await app.gql('query { systemParameters { smtpPassword } }', {}, { token: admin });
  expect(asked.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  expect(asked.errors![0].message).toContain('smtpPassword');
  const log = await app.server.db.dataSource.query(
    `SELECT changes FROM audit_log WHERE record_id = 'system_parameter' ORDER BY at DESC LIMIT 1`,
  );
  expect(log[0].changes.smtpPassword).toEqual({ from: '***', to: '***' });
  expect(JSON.stringify(log)).not.toContain('bi-mat-smtp');
  // Staff read the parameters they need, never the mail-server settings.
  const staff = await app.gql<{ systemParameters: Record<string, unknown> }>(PARAMS, {}, { token: staff1 });
  expect(staff.data!.systemParameters).toMatchObject({
    smtpHost: null,
    smtpUser: null,
    contactBirthdayReminderDays: 10,
  });
});

it('refuses a STAFF update and bad values, changing nothing', async () => {
  const before = await app.snapshot(['system_parameter', 'audit_log']);
  const forbidden = await app.gql(UPDATE, { i: { companyName: 'Hack' } }, { token: staff1 });
  expect(forbidden.errors![0].extensions.code).toBe('FORBIDDEN');
  const bad = await app.gql(
    UPDATE,
    { i: { smtpPort: 70000, taskReminderDays: -1, senderEmail: 'khong-hop-le' } },
    { token: admin },
  );
  expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  expect((bad.errors![0].extensions.fieldErrors as { field: string }[]).map((f) => f.field).sort()).toEqual([
    'senderEmail',
    'smtpPort',
    'taskReminderDays',
  ]);
  expect(await app.snapshot(['system_parameter', 'audit_log'])).toEqual(before);
});

it('sends a greeting to a contact through the configured SMTP server and logs it (REM-02)', async () => {
  const h = crm(app);
  const customer = await h.createCustomer(staff1, { name: 'Công ty Chúc Mừng' });
  const contact = await app.gql<{ createContact: { id: string } }>(
    'mutation($i: CreateContactInput!) { createContact(input: $i) { id } }',
    { i: { name: 'Phạm Thu Hà', email: 'thuha@khach.vn', birthday: '1990-05-20', customerId: customer.id } },
    { token: staff1 },
  );
  const id = contact.data!.createContact.id;
  const r = await app.gql<{ sendGreeting: { id: string; status: string; toAddress: string } }>(
    SEND,
    {
      k: 'CONTACT_BIRTHDAY',
      r: id,
      s: 'Chúc mừng sinh nhật chị Hà',
      b: 'Kính chúc chị một ngày sinh nhật vui vẻ!',
    },
    { token: staff1 },
  );
  expect(r.data!.sendGreeting).toMatchObject({ status: 'SENT', toAddress: 'thuha@khach.vn' });
  expect(received).toHaveLength(1);
  expect(received[0]).toMatchObject({ from: 'cskh@sen.local', to: ['thuha@khach.vn'], user: 'sen' });
  expect(decodeQuotedPrintable(received[0].data)).toContain('Kính chúc chị một ngày sinh nhật vui vẻ!');
  const [row] = await app.server.db.dataSource.query(`SELECT * FROM mail_log WHERE id = $1`, [
    r.data!.sendGreeting.id,
  ]);
  expect(row).toMatchObject({ kind: 'CONTACT_BIRTHDAY', record_id: id, status: 'SENT' });
  const [audit] = await app.server.db.dataSource.query(
    `SELECT action, module, description FROM audit_log WHERE record_id = $1`,
    [row.id],
  );
  expect(audit).toEqual({
    action: 'CREATE',
    module: 'mail',
    description: 'Gửi email chúc mừng tới thuha@khach.vn: Chúc mừng sinh nhật chị Hà',
  });

  // Another STAFF user cannot greet a contact they cannot see; nothing is sent or logged.
  const before = await app.snapshot(['mail_log', 'audit_log']);
  const hidden = await app.gql(SEND, { k: 'CONTACT_BIRTHDAY', r: id, s: 'x', b: 'y' }, { token: staff2 });
  expect(hidden.errors![0].extensions.code).toBe('NOT_FOUND');
  expect(received).toHaveLength(1);
  expect(await app.snapshot(['mail_log', 'audit_log'])).toEqual(before);
});

it('logs a failed send and reports it; a recipient without e-mail is refused', async () => {
  const h = crm(app);
  const noMail = await h.createCustomer(staff1, { name: 'Công ty Không Email', foundedOn: '2001-03-03' });
  const r0 = await app.gql(
    SEND,
    { k: 'CUSTOMER_ANNIVERSARY', r: noMail.id, s: 'Chúc mừng', b: 'Nội dung' },
    { token: staff1, lang: 'en' },
  );
  expect(r0.errors![0]).toMatchObject({
    message: 'The recipient has no e-mail address.',
    extensions: { code: 'BAD_USER_INPUT' },
  });
  await app.gql(UPDATE, { i: { smtpPassword: 'sai-mat-khau' } }, { token: admin });
  const withMail = await h.createCustomer(staff1, { name: 'Công ty Có Email', email: 'kt@congty.vn' });
  const r = await app.gql(
    SEND,
    { k: 'CUSTOMER_ANNIVERSARY', r: withMail.id, s: 'Chúc mừng thành lập', b: 'Nội dung' },
    { token: staff1 },
  );
  expect(r.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  expect(r.errors![0].message).toBe('Không gửi được email: máy chủ thư từ chối hoặc không phản hồi.');
  const rows = await app.server.db.dataSource.query(`SELECT status FROM mail_log WHERE record_id = $1`, [
    withMail.id,
  ]);
  expect(rows).toEqual([{ status: 'FAILED' }]);
  expect(received).toHaveLength(1);
});
