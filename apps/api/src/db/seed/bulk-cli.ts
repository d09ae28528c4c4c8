import { cliArgs } from '../../config/cli-args';
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadEnv } from '../../config/env';
import { hashPassword } from '../../modules/auth/password';
import { openDatabase } from '../database';
import { BULK_PASSWORD, generateCustomers } from './bulk-customers';
import { seededRandom, vietnameseName } from './vietnamese-names';

/**
 * Bulk data for benchmarks, set-based SQL in batches:
 * `pnpm seed:bulk -- --users 200 --audit 1000000` (users and audit entries), or
 * `pnpm seed:bulk -- --customers 1000000 --contacts 1500000 --owners 20` (owners, categories,
 * customers, contacts; users and audit entries then default to none).
 * Later modules add their generators (activities, campaign members…).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      users: { type: 'string' },
      audit: { type: 'string' },
      customers: { type: 'string', default: '0' },
      contacts: { type: 'string', default: '0' },
      owners: { type: 'string', default: '20' },
    },
  });
  const customers = Number(values.customers);
  const contacts = Number(values.contacts);
  const users = Number(values.users ?? (customers > 0 ? 0 : 200));
  const audit = Number(values.audit ?? (customers > 0 ? 0 : 200_000));
  const owners = Number(values.owners);
  if (contacts > 0 && customers === 0) {
    throw new Error('--contacts needs --customers: contacts belong to the customers generated with them');
  }
  const env = loadEnv();
  const db = await openDatabase(env);
  const ds = db.dataSource;
  const t0 = Date.now();
  const rand = seededRandom(users);
  const hash = await hashPassword(BULK_PASSWORD);
  if (customers > 0) {
    await generateCustomers(ds, {
      customers,
      contacts,
      owners,
      passwordHash: hash,
      log: (line) => console.log(line),
    });
  }
  const names = Array.from({ length: users }, () => vietnameseName(rand));
  await ds.transaction(async (m) => {
    if (users === 0) {
      return;
    }
    const [dept] = await m.query(
      `INSERT INTO department (name) VALUES ('Phòng Bán hàng ' || to_char(now(), 'YYYYMMDDHH24MISS')) RETURNING id`,
    );
    await m.query(
      `INSERT INTO audit_log (action, module, record_id, description) VALUES ('IMPORT', 'department', $1, 'Dữ liệu benchmark')`,
      [dept.id],
    );
    // The audit entry of each user is written by the same statement, as the trigger demands.
    await m.query(
      `WITH u AS (
         INSERT INTO app_user (email, name, password_hash, role, department_id)
         SELECT 'bulk' || i || '.' || extract(epoch FROM now())::bigint || '@sen.local', n, $2,
                CASE WHEN i % 10 = 0 THEN 'MANAGER' ELSE 'STAFF' END, $3
           FROM unnest($1::text[]) WITH ORDINALITY AS t(n, i)
         RETURNING id, name)
       INSERT INTO audit_log (action, module, record_id, description)
       SELECT 'IMPORT', 'user', id::text, 'Dữ liệu benchmark: ' || name FROM u`,
      [names, hash, dept.id],
    );
  });
  const batch = 50_000;
  for (let done = 0; done < audit; done += batch) {
    const n = Math.min(batch, audit - done);
    await ds.query(
      `INSERT INTO audit_log (action, module, record_id, user_id, description, at)
       SELECT (ARRAY['CREATE','UPDATE','DELETE','LOGIN','EXPORT'])[1 + (i % 5)],
              (ARRAY['customer','contact','activity','campaign','user'])[1 + (i % 7) % 5],
              gen_random_uuid()::text,
              (SELECT id FROM app_user ORDER BY id OFFSET (i % 50) LIMIT 1),
              'Cập nhật khách hàng Công ty ' || (ARRAY['Hoàng Long','Đại Việt','Sông Hồng','Phương Nam'])[1 + i % 4] || ' ' || i,
              now() - (i || ' seconds')::interval
         FROM generate_series(1, $1::int) AS i`,
      [n],
    );
    process.stdout.write(`\raudit entries: ${done + n}/${audit}`);
  }
  console.log(
    `\nBulk data: ${customers} customers, ${contacts} contacts, ${users} users, ${audit} audit entries in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  await db.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
