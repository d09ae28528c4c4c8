import type { MigrationInterface, QueryRunner } from 'typeorm';

/** PAR-01: the company's details printed on every sales document (its name stays in system_parameter). */
export class CompanyProfile1764800000001 implements MigrationInterface {
  name = 'CompanyProfile1764800000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE company_profile (
        id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
        tax_code text,
        address text,
        phone text,
        email text,
        website text,
        bank_account text,
        bank_name text,
        representative text,
        logo bytea,
        logo_type text CHECK (logo_type IN ('image/png', 'image/jpeg')),
        logo_updated_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        CHECK ((logo IS NULL) = (logo_type IS NULL))
      )`);
    await q.query(`INSERT INTO company_profile (id) VALUES (1)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS company_profile`);
  }
}
