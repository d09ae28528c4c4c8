import DataLoader from 'dataloader';
import { In, type DataSource, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { scopeOwned, type Ownership } from '../../core/scope';
import { Contact } from '../contact/contact.entity';
import { Customer } from '../customer/customer.entity';
import { Product } from '../product/product.entity';
import { INSTALMENT_SELECT, instalmentOf, type PaymentInstalment } from '../contract/contract-instalment';
import { readAllocations } from '../receipt/receipt.service';
import type { ReceiptAllocation } from '../receipt/receipt.entity';
import type { DocumentLine } from './document-line';
import { readLines, type LineOwner } from './line-store';

function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

function groupedBy<T>(load: (ids: string[]) => Promise<T[]>, key: (row: T) => string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map<string, T[]>();
    for (const r of rows) {
      map.set(key(r), [...(map.get(key(r)) ?? []), r]);
    }
    return ids.map((id) => map.get(id) ?? []);
  });
}

/**
 * The sales documents' relations, batched per request. A document's customer and contact come
 * with the document (whoever sees a quote sees whom it is for, as its printout shows); linked
 * documents are shown only when the caller may see them, and never from the trash.
 */
export function createSalesLoaders(ds: DataSource, caller: () => AuthUser | null) {
  const visible = <T extends ObjectLiteral & { id: string }>(target: EntityTarget<T>, o: Ownership) =>
    byId<T>(async (ids) => {
      const user = caller();
      if (!user) {
        return [];
      }
      const qb = ds
        .getRepository(target)
        .createQueryBuilder('d')
        .where('d.id IN (:...ids)', { ids })
        .andWhere('d.deleted_at IS NULL');
      return scopeOwned(qb, 'd', user, o).getMany();
    });
  const lines = (owner: LineOwner) =>
    groupedBy<DocumentLine>(
      (ids) => readLines(ds.manager, owner, ids),
      (l) => l.documentId,
    );
  return {
    customer: byId((ids) => ds.getRepository(Customer).findBy({ id: In(ids) })),
    contact: byId((ids) => ds.getRepository(Contact).findBy({ id: In(ids) })),
    product: byId((ids) => ds.getRepository(Product).findBy({ id: In(ids) })),
    lines: {
      quote: lines('quote'),
      contract: lines('contract'),
      order: lines('order'),
      invoice: lines('invoice'),
    } satisfies Record<LineOwner, DataLoader<string, DocumentLine[]>>,
    allocations: groupedBy<ReceiptAllocation>(
      (ids) => readAllocations(ds.manager, ids),
      (a) => a.receiptId,
    ),
    /** A contract's payment schedule, in order. */
    instalments: groupedBy<PaymentInstalment>(
      async (ids) =>
        (
          await ds.query(
            `SELECT ${INSTALMENT_SELECT} FROM contract_instalment WHERE contract_id = ANY($1::uuid[])
              ORDER BY contract_id, position`,
            [ids],
          )
        ).map(instalmentOf),
      (i) => i.contractId,
    ),
    instalment: byId<PaymentInstalment>(async (ids) =>
      (
        await ds.query(`SELECT ${INSTALMENT_SELECT} FROM contract_instalment WHERE id = ANY($1::uuid[])`, [
          ids,
        ])
      ).map(instalmentOf),
    ),
    /** A linked document the caller may see (`visible(Quote, QUOTE_OWNERSHIP)`), keyed by its type. */
    visible,
    visibleCache: new Map<unknown, DataLoader<string, unknown>>(),
  };
}

export type SalesLoaders = ReturnType<typeof createSalesLoaders>;

/** One loader per linked type and request, made on first use. */
export function visibleLoader<T extends ObjectLiteral & { id: string }>(
  loaders: SalesLoaders,
  target: EntityTarget<T>,
  o: Ownership,
): DataLoader<string, T | null> {
  let l = loaders.visibleCache.get(target);
  if (!l) {
    l = loaders.visible(target, o) as DataLoader<string, unknown>;
    loaders.visibleCache.set(target, l);
  }
  return l as DataLoader<string, T | null>;
}
