import { auditText } from '../../core/audit-text';
import type { Ownership } from '../../core/scope';
import type { TrashSpec } from '../../core/trash';
import { Product } from './product.entity';

/**
 * Products are one catalogue: every user sees all of them and may add one (also inline, from a
 * document line); managers keep the whole catalogue, a STAFF user the products they added.
 */
export const PRODUCT_OWNERSHIP: Ownership = {
  table: 'product',
  owner: 'owner_id',
  openTo: { view: ['MANAGER', 'STAFF'], work: ['MANAGER'], manage: ['MANAGER'] },
};

export const PRODUCT_TRASH: TrashSpec<Product> = {
  ownership: PRODUCT_OWNERSHIP,
  target: Product,
  module: 'products',
  text: (action, p) => auditText(`product.${action}`, { code: p.code, name: p.name }),
};
