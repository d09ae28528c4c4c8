import { AppError, DOCUMENT_KINDS, type DocumentKind } from '@sen/shared';
import type { EntityManager } from 'typeorm';

/** Where a kind's numbers come from and where they are used (constants, never input). */
export interface Counter {
  /** A PostgreSQL sequence: drawn numbers are never handed out again, even after a rollback. */
  sequence: string;
  /** The table and column holding the numbers, for those typed by hand (skipped). */
  table: string;
  column: string;
}

export interface NumberFormat {
  prefix: string;
  width: number;
}

export const formatNumber = (f: NumberFormat, n: number | string) =>
  `${f.prefix}${String(n).padStart(f.width, '0')}`;

/**
 * `count` new numbers (prefix + zero-padded counter, PAR-02) in two statements, skipping those a
 * live record already holds (typed by hand). Concurrent creates each draw their own counter values
 * from the sequence, without waiting for one another; the unique index is the last word.
 */
export async function drawNumbers(
  m: EntityManager,
  counter: Counter,
  format: NumberFormat,
  count: number,
): Promise<string[]> {
  const numbers: string[] = [];
  while (numbers.length < count) {
    const rows: { n: string }[] = await m.query(
      `SELECT nextval('${counter.sequence}')::text AS n FROM generate_series(1, $1)`,
      [count - numbers.length],
    );
    const fresh = rows.map((r) => formatNumber(format, r.n));
    const taken: { v: string }[] = await m.query(
      `SELECT ${counter.column} AS v FROM ${counter.table}
        WHERE ${counter.column} = ANY($1::text[]) AND deleted_at IS NULL`,
      [fresh],
    );
    const takenSet = new Set(taken.map((t) => t.v));
    numbers.push(...fresh.filter((c) => !takenSet.has(c)));
  }
  return numbers;
}

/** The numbering of a document kind (API.md `documentNumbering`): its format and the next counter. */
export interface DocumentNumbering extends NumberFormat {
  kind: DocumentKind;
  next: number;
}

const sequenceOf = (kind: DocumentKind) => `document_number_${kind.toLowerCase()}_seq`;

/** Every document kind's numbering, from `document_numbering` and each kind's sequence. */
export async function documentNumberings(m: EntityManager): Promise<DocumentNumbering[]> {
  const rows: { kind: DocumentKind; prefix: string; width: number }[] = await m.query(
    `SELECT kind, prefix, width FROM document_numbering`,
  );
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  const result: DocumentNumbering[] = [];
  for (const kind of DOCUMENT_KINDS) {
    const [{ last, called }]: { last: string; called: boolean }[] = await m.query(
      `SELECT last_value::text AS last, is_called AS called FROM ${sequenceOf(kind)}`,
    );
    const row = byKind.get(kind)!;
    result.push({ kind, prefix: row.prefix, width: row.width, next: Number(last) + (called ? 1 : 0) });
  }
  return result;
}

/** Changes a kind's prefix and width; the counter goes on (numbers already given stay as they are). */
export async function setDocumentNumbering(
  m: EntityManager,
  kind: DocumentKind,
  format: NumberFormat,
): Promise<void> {
  if (!DOCUMENT_KINDS.includes(kind)) {
    throw AppError.badInput([{ field: 'kind', message: 'v.invalid' }]);
  }
  await m.query(`UPDATE document_numbering SET prefix = $2, width = $3 WHERE kind = $1`, [
    kind,
    format.prefix,
    format.width,
  ]);
}

/** `count` new numbers of a document kind, for the records of `target`. */
export async function drawDocumentNumbers(
  m: EntityManager,
  kind: DocumentKind,
  target: Pick<Counter, 'table' | 'column'>,
  count = 1,
): Promise<string[]> {
  const [format]: NumberFormat[] = await m.query(
    `SELECT prefix, width FROM document_numbering WHERE kind = $1`,
    [kind],
  );
  return drawNumbers(m, { sequence: sequenceOf(kind), ...target }, format, count);
}
