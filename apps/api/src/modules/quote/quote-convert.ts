import { AppError, type DocumentKind, type DocumentTarget } from '@sen/shared';
import type { DataSource } from 'typeorm';
import { writeAudit } from '../../core/audit';
import { auditText, type AuditText } from '../../core/audit-text';
import type { AuthUser } from '../../core/caller';
import { drawDocumentNumbers } from '../../core/numbering';
import { Contract } from '../contract/contract.entity';
import { byDocument, promoteCustomers } from '../customer/customer-promotion';
import { Invoice } from '../invoice/invoice.entity';
import { Order } from '../order/order.entity';
import { copyLines, type LineOwner } from '../sales/line-store';
import { shownStatus, today, type QuoteService } from './quote.service';

interface TargetSpec {
  kind: DocumentKind;
  owner: LineOwner;
  table: string;
  module: 'contracts' | 'orders' | 'invoices';
  label: AuditText;
}

const TARGETS: Record<DocumentTarget, TargetSpec> = {
  CONTRACT: {
    kind: 'CONTRACT',
    owner: 'contract',
    table: 'contract',
    module: 'contracts',
    label: { vi: 'hợp đồng', en: 'contract' },
  },
  ORDER: {
    kind: 'ORDER',
    owner: 'order',
    table: 'sales_order',
    module: 'orders',
    label: { vi: 'đơn hàng', en: 'order' },
  },
  INVOICE: {
    kind: 'INVOICE',
    owner: 'invoice',
    table: 'invoice',
    module: 'invoices',
    label: { vi: 'hóa đơn', en: 'invoice' },
  },
};

/**
 * A quote becomes a contract, an order or an invoice (API.md `convertQuote`): the new document
 * takes the quote's customer, contact, owner and a copy of its lines and totals, and points back to
 * the quote (the quote lists what it became). A rejected quote is not converted.
 */
export async function convertQuote(
  ds: DataSource,
  quotes: QuoteService,
  caller: AuthUser,
  id: string,
  to: DocumentTarget,
): Promise<Contract | Order | Invoice> {
  const spec = TARGETS[to];
  return ds.transaction(async (m) => {
    const quote = await quotes.lockForWork(m, caller, id);
    if (shownStatus(quote) === 'REJECTED') {
      throw new AppError('BAD_USER_INPUT', { messageKey: 'quote.convertNotAllowed' });
    }
    const [number] = await drawDocumentNumbers(m, spec.kind, { table: spec.table, column: 'number' });
    const common = {
      number,
      customerId: quote.customerId,
      contactId: quote.contactId,
      quoteId: quote.id,
      ownerId: quote.ownerId,
      createdBy: caller.id,
    };
    const day = today();
    let inserted;
    switch (to) {
      case 'CONTRACT':
        inserted = await m.insert(Contract, {
          ...common,
          opportunityId: quote.opportunityId,
          signed: false,
          status: 'DRAFT',
          terms: quote.terms,
        });
        break;
      case 'ORDER':
        inserted = await m.insert(Order, { ...common, date: day, status: 'NEW' });
        break;
      case 'INVOICE': {
        const [buyer]: { name: string; tax_code: string | null; address: string | null }[] = await m.query(
          `SELECT name, tax_code, coalesce(business_address, office_address) AS address FROM customer WHERE id = $1`,
          [quote.customerId],
        );
        inserted = await m.insert(Invoice, {
          ...common,
          date: day,
          status: 'DRAFT',
          buyerName: buyer.name,
          buyerTaxCode: buyer.tax_code,
          buyerAddress: buyer.address,
        });
        break;
      }
      default: {
        const never: never = to;
        throw new Error(`unknown target ${String(never)}`);
      }
    }
    const targetId = inserted.identifiers[0].id as string;
    await copyLines(m, 'quote', quote.id, spec.owner, targetId);
    await writeAudit(m, [
      {
        action: 'CREATE',
        module: spec.module,
        recordId: targetId,
        userId: caller.id,
        description: auditText('document.fromQuote', { target: spec.label, number, quote: quote.number }),
        changes: {
          number: { from: null, to: number },
          quoteId: { from: null, to: quote.id },
          total: { from: null, to: quote.total },
        },
      },
      {
        action: 'UPDATE',
        module: 'quotes',
        recordId: quote.id,
        userId: caller.id,
        description: auditText('quote.convert', {
          number: quote.number,
          target: spec.label,
          targetNumber: number,
        }),
        changes: { convertedTo: { from: null, to: { kind: spec.kind, id: targetId, number } } },
      },
    ]);
    if (to !== 'INVOICE') {
      await promoteCustomers(
        m,
        caller,
        [quote.customerId],
        byDocument(to, auditText('document.fromQuote', { target: spec.label, number, quote: quote.number })),
      );
    }
    const entity = to === 'CONTRACT' ? Contract : to === 'ORDER' ? Order : Invoice;
    return m.findOneByOrFail<Contract | Order | Invoice>(entity, { id: targetId });
  });
}
