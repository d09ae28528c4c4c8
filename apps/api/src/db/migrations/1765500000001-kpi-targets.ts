import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * REP-01: KPI targets per month (`YYYY-MM`) for a user or a department, one row per metric.
 * Targets are whole numbers: customers, activities, contracts, or đồng for revenue.
 */
export class KpiTargets1765500000001 implements MigrationInterface {
  name = 'KpiTargets1765500000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE kpi_target (
        id uuid PRIMARY KEY DEFAULT uuid_generate_v4(),
        month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
        user_id uuid REFERENCES app_user (id) ON DELETE CASCADE,
        department_id uuid REFERENCES department (id) ON DELETE CASCADE,
        metric text NOT NULL
          CHECK (metric IN ('NEW_CUSTOMERS', 'ACTIVITIES_DONE', 'CONTRACTS_SIGNED', 'REVENUE')),
        target bigint NOT NULL CHECK (target >= 0),
        updated_by uuid REFERENCES app_user (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_kpi_target_subject CHECK (num_nonnulls(user_id, department_id) = 1)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX ux_kpi_target_user ON kpi_target (month, user_id, metric) WHERE user_id IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX ux_kpi_target_department ON kpi_target (month, department_id, metric)
         WHERE department_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS kpi_target`);
  }
}
