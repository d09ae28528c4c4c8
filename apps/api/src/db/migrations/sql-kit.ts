/**
 * SQL text that several migrations run alike. Migrations are history: what a helper here returns
 * must stay, to the byte, what each migration ran when it was written.
 */

/**
 * AUD-01's trigger function: a change cannot commit unless the same transaction wrote an audit
 * entry for the record; with `importModule` (the SQL naming the module), an import batch's IMPORT
 * entry covers the rows it inserts.
 */
export function requireAuditFunction(name: string, importModule?: string): string {
  const importCheck = importModule
    ? `
        IF TG_OP = 'INSERT' AND NEW.import_job_id IS NOT NULL AND EXISTS (
          SELECT 1 FROM audit_log
           WHERE record_id = NEW.import_job_id::text AND tx_id = txid_current()
             AND action = 'IMPORT' AND module = ${importModule}
        ) THEN
          RETURN NULL;
        END IF;`
    : '';
  return `
      CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN${importCheck}
        IF NOT EXISTS (
          SELECT 1 FROM audit_log WHERE record_id = NEW.id::text AND tx_id = txid_current()
        ) THEN
          RAISE EXCEPTION 'change to %.% has no audit-log entry', TG_TABLE_NAME, NEW.id
            USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NULL;
      END $$`;
}

/**
 * The columns a record with a trash and a version ends its CREATE TABLE with (created, updated,
 * trash, version), one a line at the table's column indentation.
 */
export const RECORD_TAIL = `created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        deleted_at timestamptz,
        deleted_by uuid REFERENCES app_user (id),
        version integer NOT NULL DEFAULT 1`;

/**
 * The statement triggers that keep a counter table (`${prefix}_ins`, `_upd`, `_del` on `table`):
 * each hands `fn` what the statement wrote (`new_rows`) and removed (`old_rows`).
 */
export function countTriggers(prefix: string, table: string, fn: string): string[] {
  return [
    ['ins', 'INSERT', 'NEW TABLE AS new_rows'],
    ['upd', 'UPDATE', 'OLD TABLE AS old_rows NEW TABLE AS new_rows'],
    ['del', 'DELETE', 'OLD TABLE AS old_rows'],
  ].map(
    ([op, event, tables]) => `
      CREATE TRIGGER ${prefix}_${op} AFTER ${event} ON ${table}
        REFERENCING ${tables}
        FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
  );
}
