import { createCareCardSchema, foldVietnamese } from '@sen/shared';
import type { EntityManager } from 'typeorm';
import { auditText } from '../../core/audit-text';
import { scopeOwned } from '../../core/scope';
import type { AuditService } from '../audit/audit.service';
import { CARE_CARD_OWNERSHIP } from '../care-card/care-card.service';
import { cellDate, cellList, cellText } from './import-cells';
import { CustomerRowsSession } from './import-customer-rows';
import { describeImport } from './import-module';
import type { ImportModuleDescription, ImportOptions, ImportRow, ImportSession } from './import-module';
import { columns, parseRow, RecordTable } from './import-values';

/** What a file row updates on the card its code names (its customer and order stay). */
const UPDATED = columns(
  'careDate:date',
  'channel',
  'satisfaction',
  'result',
  'notes',
  'tags:text[]',
  'unitId:uuid',
);

const INSERTED = [
  ...columns('code', 'customerId:uuid', 'orderNumber'),
  ...UPDATED,
  ...columns('createdBy:uuid', 'orderId:uuid'),
];

/** SQL for what a row leaves empty ($2 is the caller): the caller as creator, no tags. */
const DEFAULTS = { created_by: '$2', tags: `'{}'::text[]` };

/**
 * The search text the row trigger `sen_care_card_search_text` writes (X-02: the code, the order
 * number, the customer's code and name, folded), computed for the whole batch with its customers
 * joined once: the trigger leaves an import's row that carries its text as it is.
 */
export const CARE_CARD_SEARCH_TEXT = {
  join: 'JOIN customer c ON c.id = x.customer_id',
  columns: { search_text: `sen_fold(concat_ws(' ', x.code, x.order_number, c.code || ' ' || c.name))` },
};

const CARE_CARDS = new RecordTable({
  table: 'care_card',
  read: [...columns('code'), ...UPDATED],
  inserted: INSERTED,
  updated: UPDATED,
  defaults: DEFAULTS,
  computed: CARE_CARD_SEARCH_TEXT,
  audit: 'care-cards',
  describe: (before) => auditText('careCard.update', { code: String(before.code ?? '') }),
});

interface Deps {
  audit: AuditService;
}

/**
 * IMP-01 for care cards (seed 003 "Nhập khẩu thẻ chăm sóc"): code, customer code and order number
 * required; the code is always duplicate-checked; channel and satisfaction must be values of their
 * admin lists, the unit a department's name.
 */
export function careCardsImport(deps: Deps): ImportModuleDescription {
  return describeImport('care-cards', ['care_card'], async (m, options) => {
    const lists: { kind: string; name: string }[] = await m.query(
      `SELECT kind, name FROM category WHERE kind IN ('CARE_CHANNEL', 'CARE_SATISFACTION')`,
    );
    const units: { id: string; name: string }[] = await m.query(`SELECT id, name FROM department`);
    const byName = (kind: string) =>
      new Map(lists.filter((l) => l.kind === kind).map((l) => [foldVietnamese(l.name), l.name]));
    return new CareCardImportSession(deps, options, {
      channel: byName('CARE_CHANNEL'),
      satisfaction: byName('CARE_SATISFACTION'),
      units: new Map(units.map((u) => [foldVietnamese(u.name), u.id])),
    });
  });
}

interface Lists {
  channel: Map<string, string>;
  satisfaction: Map<string, string>;
  units: Map<string, string>;
}

/** Distinct texts whose folded form a session remembers (a file repeats its few list values). */
const FOLD_CACHE_SIZE = 10_000;

class CareCardImportSession extends CustomerRowsSession implements ImportSession {
  readonly duplicateFields = ['code'];
  private readonly folded = new Map<string, string>();

  constructor(
    private readonly deps: Deps,
    options: ImportOptions,
    private readonly lists: Lists,
  ) {
    super(options);
  }

  async prepare(m: EntityManager, rows: ImportRow[]): Promise<void> {
    const customers = await this.customersByCode(m, rows);
    for (const row of rows) {
      const r = row.raw;
      const code = cellText(r.code)?.trim();
      if (!code) {
        row.errors.push({ field: 'code', message: 'v.required' });
      }
      const input = {
        code,
        customerId: this.customerOf(row, customers, true) ?? '',
        orderNumber: cellText(r.orderNumber),
        careDate: cellDate(r.careDate),
        channel: this.listValue(row, 'channel', this.lists.channel),
        satisfaction: this.listValue(row, 'satisfaction', this.lists.satisfaction),
        result: cellText(r.result),
        notes: cellText(r.notes),
        tags: cellList(r.tags),
      };
      parseRow(createCareCardSchema, row, input, (f) => this.errorField(f));
      const unit = cellText(r.unit)?.trim();
      if (unit) {
        const unitId = this.lists.units.get(this.fold(unit));
        if (unitId) {
          row.values.unitId = unitId;
        } else {
          row.errors.push({ field: 'unit', message: 'import.unknownUnit', params: { value: unit } });
        }
      }
    }
  }

  /** A value of an admin list, written as the list spells it; anything else is the row's error. */
  private listValue(row: ImportRow, field: 'channel' | 'satisfaction', list: Map<string, string>) {
    const text = cellText(row.raw[field])?.trim();
    if (!text) {
      return undefined;
    }
    const value = list.get(this.fold(text));
    if (!value) {
      row.errors.push({ field, message: 'v.notInList' });
    }
    return value;
  }

  /**
   * `foldVietnamese`, remembered per text: the channel, satisfaction and unit cells of a file repeat
   * a handful of values, and folding each of three cells of every row cost about a tenth of a run's
   * JavaScript time.
   */
  private fold(text: string): string {
    let key = this.folded.get(text);
    if (key === undefined) {
      if (this.folded.size >= FOLD_CACHE_SIZE) {
        this.folded.clear();
      }
      key = foldVietnamese(text);
      this.folded.set(text, key);
    }
    return key;
  }

  editable(m: EntityManager, ids: string[]): Promise<Set<string>> {
    return this.editableIn(m, 'care_card', ids, (qb, t) =>
      scopeOwned(qb, t, this.options.caller, CARE_CARD_OWNERSHIP, 'work'),
    );
  }

  async checkUpdates(m: EntityManager, rows: ImportRow[]): Promise<void> {
    await CARE_CARDS.readBefore(m, rows);
  }

  async insert(m: EntityManager, rows: ImportRow[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    await this.linkOrdersAndUnits(m, rows);
    await CARE_CARDS.insert(m, rows, this.options);
  }

  /**
   * What the form fills in, looked up once for the batch: the customer's live order with the
   * row's number (linked), and for a row naming no unit its owner's department (CARE-01).
   */
  private async linkOrdersAndUnits(m: EntityManager, rows: ImportRow[]): Promise<void> {
    const numbers = [...new Set(rows.map((r) => r.values.orderNumber as string))];
    const orders: { id: string; customer_id: string; number: string }[] = await m.query(
      `SELECT id, customer_id, number FROM sales_order WHERE number = ANY($1::text[]) AND deleted_at IS NULL`,
      [numbers],
    );
    const orderOf = new Map(orders.map((o) => [`${o.customer_id}\u0000${o.number}`, o.id]));
    const ownerOf = (r: ImportRow) => (r.values.ownerId as string | undefined) ?? this.options.caller.id;
    const owners = [...new Set(rows.filter((r) => !r.values.unitId).map(ownerOf))];
    const departments: { id: string; department_id: string | null }[] =
      owners.length === 0
        ? []
        : await m.query(`SELECT id, department_id FROM app_user WHERE id = ANY($1::uuid[])`, [owners]);
    const departmentOf = new Map(departments.map((u) => [u.id, u.department_id]));
    for (const r of rows) {
      r.values.orderId = orderOf.get(
        `${r.values.customerId as string}\u0000${r.values.orderNumber as string}`,
      );
      r.values.unitId ??= departmentOf.get(ownerOf(r)) ?? undefined;
    }
  }

  async update(m: EntityManager, rows: ImportRow[]): Promise<void> {
    if (rows.length === 0) {
      return;
    }
    await CARE_CARDS.update(m, rows, this.options, this.deps.audit);
  }
}
