import {
  IMPORT_FIELDS,
  type AuditModule,
  type FieldRuleModule,
  type ImportFieldSpec,
  type ImportModule,
} from '@sen/shared';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import type { AuditText } from '../../core/audit-text';
import type { Cell } from './import-file.reader';

/** A refused row's reason: a message key of messages.ts and its parameters. */
export interface RowError {
  field: string;
  message: string;
  params?: Record<string, unknown>;
}

/** One data row on its way through a batch. */
export interface ImportRow {
  rowNo: number;
  cells: Cell[];
  /** The mapped cells, by field. */
  raw: Record<string, Cell>;
  /** The form's input built from the cells, then the shared schema's output. */
  values: Record<string, unknown>;
  errors: RowError[];
  /** Set when the row matches a live record and is to update it. */
  existingId?: string;
  /** The refusal of a form create, used when the caller may not edit the matching record. */
  duplicate?: RowError;
  /** The record's values before an update (read by `checkUpdates`), for rules and its audit entry. */
  before?: Record<string, unknown>;
}

export interface ImportOptions {
  jobId: string;
  caller: AuthUser;
  convertOldMobile: boolean;
  dryRun: boolean;
}

/**
 * What the generic engine needs to know about one importable module. Contracts and care cards
 * are added by writing one more of these, not by copying the engine.
 */
export interface ImportModuleDescription {
  module: ImportModule;
  /** DUP-01 field rules and duplicate lookups. */
  ruleModule: FieldRuleModule;
  /** The tables a run writes, analyzed when it changed many of their rows. */
  tables: readonly string[];
  auditModule: AuditModule;
  /** The records' name in audit texts ("khách hàng" / "customers"). */
  label: AuditText;
  fields: readonly ImportFieldSpec[];
  /** Loads what stays the same for the whole job (categories, system parameters). */
  begin(m: EntityManager, options: ImportOptions): Promise<ImportSession>;
}

/**
 * What each module's records are called: the name of their field rules and audit entries, and their
 * name in audit texts.
 */
const RECORDS: Record<ImportModule, { name: FieldRuleModule & AuditModule; label: AuditText }> = {
  customers: { name: 'customer', label: { vi: 'khách hàng', en: 'customers' } },
  contacts: { name: 'contact', label: { vi: 'liên hệ', en: 'contacts' } },
  contracts: { name: 'contracts', label: { vi: 'hợp đồng', en: 'contracts' } },
  'care-cards': { name: 'care-cards', label: { vi: 'thẻ chăm sóc', en: 'care cards' } },
};

/** A module's description: its records as `RECORDS` names them, its fields the shared `IMPORT_FIELDS`. */
export function describeImport(
  module: ImportModule,
  tables: readonly string[],
  begin: ImportModuleDescription['begin'],
): ImportModuleDescription {
  const { name, label } = RECORDS[module];
  return { module, ruleModule: name, tables, auditModule: name, label, fields: IMPORT_FIELDS[module], begin };
}

/** Per-job state of a module's import, called batch by batch inside the batch's transaction. */
export interface ImportSession {
  /** Cells → the values the shared zod schema outputs (plus reference look-ups), errors per row. */
  prepare(m: EntityManager, rows: ImportRow[]): Promise<void>;
  /** The import field a DUP-01 rule field is reported under (`industryId` → `industry`). */
  errorField?(field: string): string;
  /** Duplicate-checked fields (DUP-01), in the order they are reported. */
  duplicateFields: string[];
  /** Checks needing the record being updated (e.g. level moves); fills row.errors. */
  checkUpdates(m: EntityManager, rows: ImportRow[]): Promise<void>;
  /**
   * Writes the batch's new records set-based (one statement per table), each carrying the job;
   * the engine writes the batch's one audit entry that covers them (AUD-01).
   */
  insert(m: EntityManager, rows: ImportRow[]): Promise<void>;
  /** Writes the updates with an audit entry per record (its changed fields, before → after). */
  update(m: EntityManager, rows: ImportRow[]): Promise<void>;
  /** Ids among `ids` the caller may edit (an update of anything else is refused as a duplicate). */
  editable(m: EntityManager, ids: string[]): Promise<Set<string>>;
}
