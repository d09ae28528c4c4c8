import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { loadEnv } from '../../config/env';
import { hashPassword } from '../../modules/auth/password';
import { openDatabase } from '../database';
import { seededRandom, vietnameseName } from './vietnamese-names';

/**
 * Bulk data for benchmarks (`pnpm seed:bulk -- --users 200 --audit 1000000`), set-based SQL in
 * batches. Later modules add their generators (customers, contacts, campaign members…).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { users: { type: 'string', default: '200' }, audit: { type: 'string', default: '200000' } },
  });
  const users = Number(values.users);
  const audit = Number(values.audit);
  const env = loadEnv();
  const db = await openDatabase(env);
  const ds = db.dataSource;
  const t0 = Date.now();
  const rand = seededRandom(users);
  const hash = await hashPassword('bulk-password-2026');
  const names = Array.from({ length: users }, () => vietnameseName(rand));
  await ds.transaction(async (m) => {
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
    `\nBulk data: ${users} users, ${audit} audit entries in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
  );
  await db.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
