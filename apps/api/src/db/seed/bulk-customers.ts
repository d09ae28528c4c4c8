import type { DataSource, EntityManager } from 'typeorm';
import {
  ADDRESS_TAILS,
  COMPANY_BRANDS,
  COMPANY_SECTORS,
  COMPANY_TYPES,
  CONTACT_TITLES,
  MOBILE_PREFIXES,
  TAX_PROVINCES,
} from './bulk-places';
import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES } from './vietnamese-names';

/** The password of every bulk user; the benchmark logs in with it. */
export const BULK_PASSWORD = 'bulk-password-2026';
export const BULK_EMAIL_DOMAIN = 'bulk.sen.local';

const BATCH = 100_000;
const DEPARTMENTS = [
  'Phòng Kinh doanh Miền Bắc',
  'Phòng Kinh doanh Miền Nam',
  'Phòng Kinh doanh Miền Trung',
  'Phòng Dự án',
];
const CATEGORIES: Record<string, string[]> = {
  CUSTOMER_GROUP: [
    'Khách VIP',
    'Đại lý cấp 1',
    'Đại lý cấp 2',
    'Khách lẻ',
    'Dự án',
    'Xuất khẩu',
    'Chuỗi bán lẻ',
    'Nhà nước',
  ],
  INDUSTRY: ['Bán lẻ', 'Xây dựng', 'Công nghệ thông tin', 'Sản xuất', 'Logistics', 'Y tế', 'Giáo dục'],
  SCALE: ['Dưới 10 nhân viên', '10–50 nhân viên', '50–200 nhân viên', 'Trên 200 nhân viên'],
  SOURCE: ['Website', 'Giới thiệu', 'Hội chợ', 'Facebook', 'Gọi điện'],
};
const LABEL_SETS = [
  '{}',
  '{}',
  '{}',
  '{VIP}',
  '{"Tiềm năng"}',
  '{VIP,"Đối tác"}',
  '{"Đại lý"}',
  '{"Khách quen"}',
];

/** Deterministic uniform number in [0, 1) per row `i` and salt: the same data on every run. */
const r = (salt: number, row = 'i') =>
  `((hashint8extended(${row}, ${salt}) & 2147483647)::float8 / 2147483648)`;
/** `list[…]` picked by r(salt); skew > 1 favours the first entries (Nguyễn, Văn…), as in real life. */
const pick = (list: string, salt: number, skew = 1, row = 'i') =>
  `(${list})[1 + floor(cardinality(${list}) * power(${r(salt, row)}, ${skew}))::int]`;
const personName = (row: string, salt: number) =>
  `${pick('$4::text[]', salt, 2.5, row)} || ' ' || ${pick('$5::text[]', salt + 1, 2, row)} || ' ' || ${pick('$6::text[]', salt + 2, 1, row)}`;
/** 10-digit mobile; the last 7 digits are a permutation of the row number, so unique within a run. */
const mobile = (row: string, salt: number, multiplier: number) =>
  `'0' || ${pick('$7::text[]', salt, 1.5, row)} || lpad(((${row} * ${multiplier} + $3::bigint) % 10000000)::text, 7, '0')`;

interface Setup {
  run: string;
  ownerIds: string[];
  categories: Record<string, string[]>;
}

export interface BulkCustomerOptions {
  customers: number;
  contacts: number;
  owners: number;
  passwordHash: string;
  log: (line: string) => void;
}

/**
 * Owners (in departments, one ADMIN beside them), categories, then customers and contacts in
 * set-based batches of 100,000 rows.
 *
 * The load runs with `session_replication_role = replica`, which skips triggers: the per-row
 * audit constraint trigger (one audit_log row per customer would double the load and its trigram
 * index) and the foreign-key triggers, which is safe because every key is built from rows created
 * here. Each batch writes one IMPORT audit entry instead, in the same transaction as its rows.
 */
export async function generateCustomers(ds: DataSource, o: BulkCustomerOptions): Promise<void> {
  const setup = await ds.transaction((m) => createOwnersAndCategories(m, o));
  const [params] = await ds.query(
    `SELECT customer_code_prefix AS prefix, customer_code_width AS width, nextval('customer_code_seq')::int AS start
       FROM system_parameter`,
  );
  const t0 = Date.now();
  const elapsed = (t = t0) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
  await ds.transaction(async (m) => {
    await m.query(`SET LOCAL session_replication_role = replica`);
    await m.query(`SET LOCAL maintenance_work_mem = '1GB'`);
    await withoutIndexes(m, 'customer', o.log, async () => {
      for (let lo = 1; lo <= o.customers; lo += BATCH) {
        const hi = Math.min(lo + BATCH - 1, o.customers);
        await insertCustomers(m, setup, params, lo, hi);
        await audit(m, 'customer', `khách hàng ${lo}–${hi}`);
        o.log(`customers: ${hi}/${o.customers} (${elapsed()})`);
      }
    });
    o.log(`customers with their indexes: ${elapsed()}`);
    // New customers get fresh codes after the generated ones.
    await m.query(`SELECT setval('customer_code_seq', $1)`, [params.start + o.customers - 1]);
    const t1 = Date.now();
    await withoutIndexes(m, 'contact', o.log, async () => {
      for (let lo = 1; lo <= o.contacts; lo += BATCH) {
        const hi = Math.min(lo + BATCH - 1, o.contacts);
        await insertContacts(m, setup, o.customers, lo, hi);
        await audit(m, 'contact', `liên hệ ${lo}–${hi}`);
        o.log(`contacts: ${hi}/${o.contacts} (${elapsed(t1)})`);
      }
    });
    o.log(`contacts with their indexes: ${elapsed(t1)}`);
  });
  // The level counters' triggers were skipped with the others: count once.
  await ds.query(`SELECT sen_customer_level_count_rebuild()`);
  const t2 = Date.now();
  await ds.query(`VACUUM (ANALYZE) customer, customer_group, customer_share, contact, app_user, department`);
  o.log(`vacuum analyze: ${elapsed(t2)}`);
}

function audit(m: EntityManager, module: string, what: string) {
  return m.query(`INSERT INTO audit_log (action, module, description) VALUES ('IMPORT', $1, $2)`, [
    module,
    `Dữ liệu benchmark: ${what}`,
  ]);
}

/**
 * Building an index once is several times faster than growing it row by row (the trigram index
 * most of all): every index but the primary key is dropped, the rows loaded, the indexes rebuilt,
 * all in the caller's transaction, so a failure leaves them as they were.
 */
async function withoutIndexes(
  m: EntityManager,
  table: string,
  log: (line: string) => void,
  load: () => Promise<void>,
) {
  const indexes: { name: string; definition: string }[] = await m.query(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename = $1
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)`,
    [table],
  );
  for (const { name } of indexes) {
    await m.query(`DROP INDEX ${name}`);
  }
  await load();
  const t = Date.now();
  for (const { definition } of indexes) {
    await m.query(definition);
  }
  log(`${table}: ${indexes.length} indexes rebuilt in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

async function createOwnersAndCategories(m: EntityManager, o: BulkCustomerOptions): Promise<Setup> {
  const run = String(Date.now());
  const depts: { id: string }[] = await m.query(
    `WITH d AS (
       INSERT INTO department (name) SELECT n || ' ' || $2 FROM unnest($1::text[]) AS n RETURNING id, name)
     INSERT INTO audit_log (action, module, record_id, description)
     SELECT 'IMPORT', 'department', id::text, 'Dữ liệu benchmark: ' || name FROM d RETURNING record_id AS id`,
    [DEPARTMENTS, run],
  );
  // Owners cycle through the departments; the first of each department is its MANAGER.
  const owners: { id: string }[] = await m.query(
    `WITH u AS (
       INSERT INTO app_user (email, name, password_hash, role, department_id)
       SELECT 'owner' || lpad(i::text, 2, '0') || '.' || $2 || '@${BULK_EMAIL_DOMAIN}',
              ${personName('i', 11)}, $3,
              CASE WHEN i <= cardinality($1::uuid[]) THEN 'MANAGER' ELSE 'STAFF' END,
              ($1::uuid[])[1 + (i - 1) % cardinality($1::uuid[])]
         FROM generate_series(1::bigint, $7::bigint) AS i
        ORDER BY i
       RETURNING id, name, email)
     INSERT INTO audit_log (action, module, record_id, description)
     SELECT 'IMPORT', 'user', id::text, 'Dữ liệu benchmark: ' || name FROM u ORDER BY email
     RETURNING record_id AS id`,
    [depts.map((d) => d.id), run, o.passwordHash, FAMILY_NAMES, MIDDLE_NAMES, GIVEN_NAMES, o.owners],
  );
  await m.query(
    `WITH u AS (
       INSERT INTO app_user (email, name, password_hash, role)
       VALUES ('admin.' || $1 || '@${BULK_EMAIL_DOMAIN}', 'Quản trị benchmark', $2, 'ADMIN') RETURNING id)
     INSERT INTO audit_log (action, module, record_id, description)
     SELECT 'IMPORT', 'user', id::text, 'Dữ liệu benchmark: quản trị' FROM u`,
    [run, o.passwordHash],
  );
  const categories: Record<string, string[]> = {};
  for (const [kind, names] of Object.entries(CATEGORIES)) {
    // Names are unique per kind; an earlier run's categories are reused.
    const rows: { id: string }[] = await m.query(
      `WITH c AS (
         INSERT INTO category (kind, name, sort_order)
         SELECT $1, n, i FROM unnest($2::text[]) WITH ORDINALITY AS t(n, i)
          WHERE NOT EXISTS (SELECT 1 FROM category x WHERE x.kind = $1 AND sen_fold(x.name) = sen_fold(n))
         RETURNING id, name),
       a AS (
         INSERT INTO audit_log (action, module, record_id, description)
         SELECT 'IMPORT', 'category', id::text, 'Dữ liệu benchmark: ' || name FROM c)
       SELECT id FROM c
       UNION ALL
       SELECT id FROM category WHERE kind = $1 AND sen_fold(name) IN (SELECT sen_fold(n) FROM unnest($2::text[]) AS n)`,
      [kind, names],
    );
    categories[kind] = rows.map((x) => x.id);
  }
  return { run, ownerIds: owners.map((x) => x.id), categories };
}

function insertCustomers(
  m: EntityManager,
  s: Setup,
  p: { prefix: string; width: number; start: number },
  lo: number,
  hi: number,
) {
  const n = `($3::bigint + i - 1)`;
  return m
    .query(
      `WITH src AS (
       SELECT i, md5($10::text || ':' || i)::uuid AS id, $11::text || CASE WHEN length(${n}::text) >= $12 THEN ${n}::text
                ELSE lpad(${n}::text, $12, '0') END AS code,
              ${r(1)} < 0.6 AS b2b,
              ${pick('$8::text[]', 2, 1.2)} AS brand,
              ${personName('i', 3)} AS person,
              (${pick('$13::text[]', 6)}) || lpad(((i * 7919 + $3::bigint) % 10000000)::text, 7, '0') AS tax9,
              ($9::uuid[])[1 + (hashint8extended(i, 7) & 1048575)::int % cardinality($9::uuid[])] AS owner_id
         FROM generate_series($1::bigint, $2::bigint) AS i),
     named AS (
       SELECT src.*,
              CASE WHEN b2b THEN 'Công ty ' || ${pick('$14::text[]', 8)} || ' ' || ${pick('$15::text[]', 9)}
                     || ' ' || brand || ' ' || (i % 997) ELSE person END AS name,
              10 - (SELECT sum(substr(tax9, k, 1)::int * (ARRAY[31, 29, 23, 19, 17, 13, 7, 5, 3])[k])
                      FROM generate_series(1, 9) AS k)::int % 11 AS check_digit
         FROM src)
     INSERT INTO customer (id, code, name, kind, level, email, phone, tax_code, website, office_address,
                           business_address, founded_on, industry_id, scale_id, source_id, labels, owner_id,
                           created_at, updated_at)
     SELECT id, code, name, CASE WHEN b2b THEN 'B2B' ELSE 'B2C' END,
            CASE WHEN ${r(10)} < 0.35 THEN 'NEW' WHEN ${r(10)} < 0.55 THEN 'INTERESTED'
                 WHEN ${r(10)} < 0.75 THEN 'APPROACHED' WHEN ${r(10)} < 0.9 THEN 'SIGNED'
                 WHEN ${r(10)} < 0.95 THEN 'PAUSED' ELSE 'OTHER' END,
            CASE WHEN b2b THEN (ARRAY['info', 'lienhe', 'kinhdoanh'])[1 + i % 3] || '@'
                                 || replace(sen_fold(brand), ' ', '') || i || '.vn'
                 WHEN ${r(12)} < 0.8 THEN replace(sen_fold(person), ' ', '') || i || '@'
                                 || (ARRAY['gmail.com', 'yahoo.com.vn', 'outlook.com'])[1 + i % 3] END,
            CASE WHEN ${r(13)} < 0.95 THEN ${mobile('i', 14, 7919)} END,
            CASE WHEN b2b AND ${r(15)} < 0.7 AND check_digit < 10
                 THEN tax9 || check_digit || CASE WHEN ${r(16)} < 0.05 THEN '-001' ELSE '' END END,
            CASE WHEN b2b AND ${r(17)} < 0.4 THEN 'https://' || replace(sen_fold(brand), ' ', '') || i || '.vn' END,
            CASE WHEN b2b OR ${r(18)} < 0.5
                 THEN (1 + (hashint8extended(i, 19) & 1023) % 300) || ' ' || ${pick('$16::text[]', 20)} END,
            CASE WHEN b2b AND ${r(21)} < 0.3
                 THEN 'Lô ' || (1 + i % 40) || ', KCN ' || (ARRAY['Thăng Long', 'Tân Thuận', 'Hòa Khánh', 'VSIP', 'Quang Minh'])[1 + i % 5] END,
            CASE WHEN b2b THEN date '1995-01-01' + (hashint8extended(i, 22) & 8191)::int END,
            CASE WHEN b2b THEN ${pick('$17::uuid[]', 23)} END,
            CASE WHEN b2b THEN ${pick('$18::uuid[]', 24, 1.5)} END,
            ${pick('$19::uuid[]', 25)},
            ${pick('$20::text[]', 26)}::text[],
            owner_id,
            now() - make_interval(secs => ${r(27)} * 3 * 365 * 86400),
            now() - make_interval(secs => ${r(28)} * 30 * 86400)
       FROM named`,
      [
        lo,
        hi,
        p.start,
        FAMILY_NAMES,
        MIDDLE_NAMES,
        GIVEN_NAMES,
        MOBILE_PREFIXES,
        COMPANY_BRANDS,
        s.ownerIds,
        s.run,
        p.prefix,
        p.width,
        TAX_PROVINCES,
        COMPANY_TYPES,
        COMPANY_SECTORS,
        ADDRESS_TAILS,
        s.categories.INDUSTRY,
        s.categories.SCALE,
        s.categories.SOURCE,
        LABEL_SETS,
      ],
    )
    .then(() => insertGroupsAndShares(m, s, lo, hi));
}

/** One or two groups for most customers; about 2 % shared with the next owner. */
async function insertGroupsAndShares(m: EntityManager, s: Setup, lo: number, hi: number) {
  await m.query(
    `INSERT INTO customer_group (customer_id, group_id)
     SELECT md5($3::text || ':' || i)::uuid, ($4::uuid[])[1 + (g + j) % cardinality($4::uuid[])]
       FROM (SELECT i, (hashint8extended(i, 30) & 1023)::int AS g, ${r(31)} AS x
               FROM generate_series($1::bigint, $2::bigint) AS i) AS t
       CROSS JOIN generate_series(0, 1) AS j
      WHERE x < 0.7 AND (j = 0 OR x < 0.2)`,
    [lo, hi, s.run, s.categories.CUSTOMER_GROUP],
  );
  await m.query(
    `INSERT INTO customer_share (customer_id, user_id)
     SELECT md5($3::text || ':' || i)::uuid,
            ($4::uuid[])[1 + ((hashint8extended(i, 7) & 1048575)::int + 1) % cardinality($4::uuid[])]
       FROM generate_series($1::bigint, $2::bigint) AS i
      WHERE ${r(32)} < 0.02 AND cardinality($4::uuid[]) > 1`,
    [lo, hi, s.run, s.ownerIds],
  );
}

/** Contact j belongs to customer ((j - 1) mod N) + 1 and has its owner; the first of each is primary. */
function insertContacts(m: EntityManager, s: Setup, customers: number, lo: number, hi: number) {
  return m.query(
    `WITH src AS (
       SELECT j, (j - 1) % $3 + 1 AS i, ${personName('j', 40)} AS name FROM generate_series($1::bigint, $2::bigint) AS j)
     INSERT INTO contact (customer_id, name, title, gender, mobile, email, birthday, address, is_primary, owner_id,
                          created_at, updated_at)
     SELECT md5($8::text || ':' || i)::uuid, name, ${pick('$10::text[]', 41, 1, 'j')},
            CASE WHEN name LIKE '% Thị %' THEN 'FEMALE' ELSE 'MALE' END,
            CASE WHEN ${r(42, 'j')} < 0.9 THEN ${mobile('j', 43, 3571)} END,
            CASE WHEN ${r(44, 'j')} < 0.7 THEN replace(sen_fold(name), ' ', '') || '.' || j || '@gmail.com' END,
            CASE WHEN ${r(45, 'j')} < 0.5 THEN date '1965-01-01' + (hashint8extended(j, 46) & 16383)::int END,
            CASE WHEN ${r(47, 'j')} < 0.3 THEN (1 + j % 200) || ' ' || ${pick('$11::text[]', 48, 1, 'j')} END,
            j <= $3,
            ($9::uuid[])[1 + (hashint8extended(i, 7) & 1048575)::int % cardinality($9::uuid[])],
            now() - make_interval(secs => ${r(49, 'j')} * 3 * 365 * 86400), now()
       FROM src`,
    [
      lo,
      hi,
      customers,
      FAMILY_NAMES,
      MIDDLE_NAMES,
      GIVEN_NAMES,
      MOBILE_PREFIXES,
      s.run,
      s.ownerIds,
      CONTACT_TITLES,
      ADDRESS_TAILS,
    ],
  );
}
