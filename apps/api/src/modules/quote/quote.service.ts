import {
  AppError,
  createQuoteSchema,
  effectiveQuoteStatus,
  parseInput,
  QUOTE_STATUS_LABEL,
  quoteMachine,
  setQuoteStatusSchema,
  updateQuoteSchema,
  vietnamDay,
  type QuoteStatus,
} from '@sen/shared';
import { Brackets, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type FieldChanges } from '../../core/audit';
import type { AuthUser } from '../../core/caller';
import { sortColumns, whereIds } from '../../core/listing';
import { drawDocumentNumbers } from '../../core/numbering';
import { assertInScope } from '../../core/scope';
import { resolveRecordOwner } from '../../core/users';
import { assertVersion } from '../../core/versioned';
import { SortDirection } from '../../graphql/connection';
import { OPPORTUNITY_OWNERSHIP } from '../opportunity/opportunity.service';
import {
  assertContactKept,
  assertContactOf,
  assertCustomerField,
  documentOwnership,
  lineChanges,
} from '../sales/document-access';
import { DocumentService } from '../sales/document-service';
import { resolveLines, writeLines } from '../sales/line-store';
import { printableQuote } from './quote-print';
import { Quote } from './quote.entity';
import {
  QuoteSortField,
  type CreateQuoteInput,
  type QuoteFilter,
  type UpdateQuoteInput,
} from './quote.inputs';

export const QUOTE_OWNERSHIP = documentOwnership('quote');

const SORT = sortColumns(QuoteSortField, 'q', {
  VALID_UNTIL: `coalesce(q.valid_until, '9999-12-31'::date)`,
});

const AUDITED: (keyof Quote & string)[] = [
  'number',
  'date',
  'validUntil',
  'customerId',
  'contactId',
  'opportunityId',
  'status',
  'terms',
  'ownerId',
];

/** The day a quote's validity is judged against: today in Vietnam. */
export const today = () => vietnamDay(new Date());

/** What a quote shows: EXPIRED once an open quote's validity has passed. */
export const shownStatus = (q: Quote): QuoteStatus => effectiveQuoteStatus(q.status, q.validUntil, today());

/** SAL-03 Báo giá: lines, totals computed by the server, status, print, conversion. */
export class QuoteService extends DocumentService<Quote, QuoteFilter, QuoteSortField> {
  constructor(ds: DataSource) {
    super(ds, {
      target: Quote,
      ownership: QUOTE_OWNERSHIP,
      module: 'quotes',
      key: 'quote',
      audited: AUDITED,
      alias: 'q',
      sorts: SORT,
      defaultOrder: { field: QuoteSortField.DATE, direction: SortDirection.DESC },
      print: printableQuote,
    });
  }

  protected narrow(qb: SelectQueryBuilder<Quote>, filter: QuoteFilter): void {
    if (filter.statuses?.length) {
      const statuses = new Set(filter.statuses);
      qb.andWhere(
        new Brackets((w) => {
          const stored = [...statuses].filter((s) => s === 'ACCEPTED' || s === 'REJECTED');
          const open = [...statuses].filter((s) => s === 'DRAFT' || s === 'SENT');
          w.where('false');
          if (stored.length > 0) {
            w.orWhere('q.status IN (:...stored)', { stored });
          }
          if (open.length > 0) {
            w.orWhere('(q.status IN (:...open) AND (q.valid_until IS NULL OR q.valid_until >= :today))', {
              open,
              today: today(),
            });
          }
          if (statuses.has('EXPIRED')) {
            w.orWhere(`(q.status IN ('DRAFT', 'SENT') AND q.valid_until < :today)`, { today: today() });
          }
        }),
      );
    }
    whereIds(qb, filter, { opportunityId: 'q.opportunity_id' });
  }

  /** An opportunity's quotes the caller may see, newest first. */
  ofOpportunity(caller: AuthUser, opportunityId: string): Promise<Quote[]> {
    return this.filtered(caller, { opportunityId })
      .orderBy('q.date', 'DESC')
      .addOrderBy('q.number', 'DESC')
      .limit(200)
      .getMany();
  }

  async create(caller: AuthUser, input: CreateQuoteInput): Promise<Quote> {
    const values = parseInput(createQuoteSchema, input);
    return this.ds.transaction(async (m) => {
      const customer = await assertCustomerField(m, caller, values.customerId);
      await assertContactOf(m, customer.id, values.contactId);
      await this.assertOpportunity(m, caller, customer.id, values.opportunityId);
      const ownerId = await resolveRecordOwner(m, caller, values.ownerId);
      const lines = await resolveLines(m, values.lines);
      const [number] = await drawDocumentNumbers(m, 'QUOTE', { table: 'quote', column: 'number' });
      const quote = await this.insert(
        m,
        caller,
        {
          number,
          date: values.date,
          validUntil: values.validUntil ?? null,
          customerId: customer.id,
          contactId: values.contactId ?? null,
          opportunityId: values.opportunityId ?? null,
          status: 'DRAFT',
          terms: values.terms ?? null,
          ownerId,
        },
        customer,
        async (id) => {
          await writeLines(m, 'quote', id, lines);
          return { lines: { from: null, to: lines.length } };
        },
      );
      await this.promote(m, caller, customer.id, 'QUOTE', number);
      return quote;
    });
  }

  async update(caller: AuthUser, id: string, input: UpdateQuoteInput): Promise<Quote> {
    const values = parseInput(updateQuoteSchema, input);
    return this.ds.transaction(async (m) => {
      const before = await this.lockForWork(m, caller, id);
      assertVersion(before, values.version);
      const shown = shownStatus(before);
      if (shown !== 'DRAFT' && shown !== 'SENT' && shown !== 'EXPIRED') {
        throw new AppError('BAD_USER_INPUT', { messageKey: 'quote.notEditable' });
      }
      const { version, lines: lineInput, ...fields } = values;
      const customerId = fields.customerId ?? before.customerId;
      const customer =
        fields.customerId && fields.customerId !== before.customerId
          ? await assertCustomerField(m, caller, fields.customerId)
          : null;
      const date = fields.date ?? before.date;
      const validUntil = fields.validUntil !== undefined ? fields.validUntil : before.validUntil;
      if (validUntil && validUntil < date) {
        throw AppError.badInput([{ field: 'validUntil', message: 'v.validUntilBeforeDate' }]);
      }
      await assertContactKept(m, customerId, fields.contactId, before.contactId, Boolean(customer));
      if (fields.opportunityId !== undefined || customer) {
        await this.assertOpportunity(
          m,
          caller,
          customerId,
          fields.opportunityId !== undefined ? fields.opportunityId : before.opportunityId,
        );
      }
      if (fields.ownerId) {
        fields.ownerId = await resolveRecordOwner(m, caller, fields.ownerId);
      }
      const extra: FieldChanges = {};
      if (lineInput) {
        const lines = await resolveLines(m, lineInput);
        Object.assign(extra, lineChanges(before, await writeLines(m, 'quote', id, lines), lines.length));
      }
      const after = await this.saveChange(m, caller, before, version, fields as Partial<Quote>, { extra });
      if (customer) {
        await this.promote(m, caller, customer.id, 'QUOTE', after.number);
      }
      return after;
    });
  }

  /** Nháp → Đã gửi → Chấp nhận | Từ chối; an expired quote goes back to draft or is sent again. */
  setStatus(caller: AuthUser, id: string, input: { status: QuoteStatus; version: number }): Promise<Quote> {
    const values = parseInput(setQuoteStatusSchema, input);
    return this.ds.transaction(async (m) => {
      const before = await this.lockForWork(m, caller, id);
      assertVersion(before, values.version);
      const from = shownStatus(before);
      quoteMachine.assertTransition(from, values.status);
      const patch = { status: values.status as Quote['status'] };
      return this.saveChange(m, caller, before, values.version, patch, {
        status: { from, to: values.status, labels: QUOTE_STATUS_LABEL },
      });
    });
  }

  /** An opportunity the caller sees, of the quote's customer (or none). */
  private async assertOpportunity(
    m: EntityManager,
    caller: AuthUser,
    customerId: string,
    opportunityId: string | null | undefined,
  ): Promise<void> {
    if (!opportunityId) {
      return;
    }
    try {
      await assertInScope(m, OPPORTUNITY_OWNERSHIP, [opportunityId], caller, 'view');
    } catch (e) {
      throw e instanceof AppError ? AppError.badInput([{ field: 'opportunityId', message: 'v.invalid' }]) : e;
    }
    const [o] = await m.query(`SELECT customer_id FROM opportunity WHERE id = $1`, [opportunityId]);
    if (o.customer_id !== customerId) {
      throw AppError.badInput([{ field: 'opportunityId', message: 'v.opportunityOfOtherCustomer' }]);
    }
  }
}
