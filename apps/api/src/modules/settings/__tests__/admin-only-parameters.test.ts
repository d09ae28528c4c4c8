import { useTestApp } from '../../../test/harness';

// PAR-01 (sender e-mail and mail server) is for admins only; PAR-02..04 are read by everyone.
const ADMIN_ONLY = ['senderEmail', 'smtpHost', 'smtpPort', 'smtpSecure', 'smtpUser', 'smtpPasswordSet'];
const PARAMS = `query { systemParameters { companyName customerCodeMode customerCodePrefix createdDateMode
  contactBirthdayReminderDays ${ADMIN_ONLY.join(' ')} } }`;
const UPDATE = `mutation($i: SystemParametersInput!) { updateSystemParameters(input: $i) { version } }`;

type Params = { systemParameters: Record<string, unknown> | null };

const app = useTestApp();
beforeAll(async () => {
  const admin = await app.login('admin@sen.local');
  const r = await app.gql(
    UPDATE,
    {
      i: {
        senderEmail: 'cskh@sen.local',
        smtpHost: 'smtp.sen.local',
        smtpPort: 587,
        smtpSecure: true,
        smtpUser: 'sen-mailer',
        smtpPassword: 'bi-mat-smtp',
      },
    },
    { token: admin },
  );
  expect(r.errors).toBeUndefined();
});

it('answers the mail-server settings to an admin', async () => {
  const r = await app.gql<Params>(PARAMS, {}, { token: await app.login('admin@sen.local') });
  expect(r.errors).toBeUndefined();
  expect(r.data!.systemParameters).toMatchObject({
    senderEmail: 'cskh@sen.local',
    smtpHost: 'smtp.sen.local',
    smtpPort: 587,
    smtpSecure: true,
    smtpUser: 'sen-mailer',
    smtpPasswordSet: true,
  });
});

it.each(['manager@sen.local', 'staff1@sen.local'])(
  'refuses each PAR-01 field to %s with a translated FORBIDDEN; the rest still answers',
  async (email) => {
    const token = await app.login(email);
    const r = await app.gql<Params>(PARAMS, {}, { token });
    const params = r.data!.systemParameters!;
    for (const field of ADMIN_ONLY) {
      expect(params[field]).toBeNull();
    }
    expect(params).toMatchObject({
      customerCodeMode: expect.any(String),
      contactBirthdayReminderDays: expect.any(Number),
    });
    const refused = r.errors!.map((e) => ({ path: e.path, code: e.extensions.code }));
    expect(refused.sort((a, b) => String(a.path).localeCompare(String(b.path)))).toEqual(
      [...ADMIN_ONLY].sort().map((field) => ({ path: ['systemParameters', field], code: 'FORBIDDEN' })),
    );
    expect(r.errors![0].message).toBe('Chỉ tài khoản quản trị mới có thể thực hiện thao tác này.');
    const en = await app.gql<Params>('{ systemParameters { smtpHost } }', {}, { token, lang: 'en' });
    expect(en.errors![0].message).toBe('Only an administrator can do this.');
    expect(JSON.stringify(r)).not.toContain('smtp.sen.local');
    expect(JSON.stringify(r)).not.toContain('sen-mailer');
  },
);

it('lets a non-admin read the parameters their screens need without any error', async () => {
  const token = await app.login('staff1@sen.local');
  const r = await app.gql<Params>(
    `{ systemParameters { companyName customerCodeMode customerCodePrefix customerCodeWidth createdDateMode
      taskReminderDays anniversaryReminderDays contactBirthdayReminderDays contractExpiryReminderDays
      paymentReminderDays version } }`,
    {},
    { token },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!.systemParameters!.customerCodeWidth).toEqual(expect.any(Number));
});
