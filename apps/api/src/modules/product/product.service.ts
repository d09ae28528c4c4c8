import { createProductSchema, parseInput, updateProductSchema, type CreateProductData } from '@sen/shared';
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { auditText } from '../../core/audit-text';
import type { AuthUser } from '../../core/caller';
import { scopedList, sortColumns, sortedPage, whereIdIn } from '../../core/listing';
import { assertInScope } from '../../core/scope';
import { RecordTrash } from '../../core/trash';
import { insertAudited, updateVersioned } from '../../core/versioned';
import { SortDirection, type PageArgs } from '../../graphql/connection';
import { CategoryKind } from '../category/category.entity';
import type { CategoryService } from '../category/category.service';
import type { FieldRuleService } from '../settings/field-rule.service';
import { PRODUCT_OWNERSHIP, PRODUCT_TRASH } from './product-access';
import { Product } from './product.entity';
import {
  ProductSortField,
  type CreateProductInput,
  type ProductFilter,
  type ProductOrder,
  type UpdateProductInput,
} from './product.inputs';

const SORT = sortColumns(ProductSortField, 'p', {
  CODE: 'lower(p.code)',
  // No price sorts first (a fixed value keeps the keyset cursor a plain number).
  PRICE: 'coalesce(p.price, -1)',
});

export const PRODUCT_AUDITED: (keyof Product & string)[] = [
  'code',
  'name',
  'kind',
  'unit',
  'price',
  'vatRate',
  'groupId',
  'active',
  'description',
];

/** SAL-01: the products and services a company sells (Hàng hóa). */
export class ProductService {
  readonly trash: RecordTrash<Product>;

  constructor(
    private readonly ds: DataSource,
    private readonly rules: FieldRuleService,
    private readonly categories: CategoryService,
  ) {
    this.trash = new RecordTrash(ds, PRODUCT_TRASH, {
      beforeRestore: async (m, rows) => {
        for (const p of rows) {
          await this.assertUnique(m, { ...p }, p.id, 'restore');
        }
      },
    });
  }

  list(caller: AuthUser, filter: ProductFilter = {}, orderBy: ProductOrder[] = [], page: PageArgs) {
    return sortedPage(this.filtered(caller, filter), page, SORT, orderBy, {
      field: ProductSortField.CODE,
      direction: SortDirection.ASC,
    });
  }

  /** The products matching a list's filter (also the export's rows), as a query over `product p`. */
  filtered(caller: AuthUser, filter: ProductFilter): SelectQueryBuilder<Product> {
    // The trash shows what the caller may restore; the catalogue is everyone's.
    const qb = scopedList(this.ds, Product, 'p', caller, PRODUCT_OWNERSHIP, filter);
    if (filter.kinds?.length) {
      qb.andWhere('p.kind IN (:...kinds)', { kinds: filter.kinds });
    }
    if (filter.active !== null && filter.active !== undefined) {
      qb.andWhere('p.active = :active', { active: filter.active });
    }
    return whereIdIn(qb, 'p.group_id', filter.groupIds);
  }

  async byId(caller: AuthUser, id: string, m: EntityManager = this.ds.manager): Promise<Product> {
    await assertInScope(m, PRODUCT_OWNERSHIP, [id], caller, 'view');
    return m.findOneByOrFail(Product, { id });
  }

  async create(caller: AuthUser, input: CreateProductInput): Promise<Product> {
    const values = parseInput(createProductSchema, input);
    return this.ds.transaction(async (m) => {
      const rules = await this.rules.rules('products', m);
      this.rules.assertRequired(rules, values, 'create');
      await this.categories.assertKind(m, 'groupId', [values.groupId], CategoryKind.PRODUCT_GROUP);
      await this.assertUnique(m, values, null, 'create');
      return insertAudited(m, Product, { ...values, ownerId: caller.id } as Partial<Product>, {
        module: 'products',
        userId: caller.id,
        fields: PRODUCT_AUDITED,
        describe: (product) => auditText('product.create', { code: product.code, name: product.name }),
      });
    });
  }

  async update(caller: AuthUser, id: string, input: UpdateProductInput): Promise<Product> {
    const values = parseInput(updateProductSchema, input);
    return this.ds.transaction(async (m) => {
      await assertInScope(m, PRODUCT_OWNERSHIP, [id], caller, 'work');
      const before = await m.findOneByOrFail(Product, { id });
      const rules = await this.rules.rules('products', m);
      this.rules.assertRequired(rules, values, 'update');
      await this.categories.assertKind(m, 'groupId', [values.groupId], CategoryKind.PRODUCT_GROUP);
      const { version, ...patch } = values;
      await this.assertUnique(m, { ...before, ...patch }, id, 'update', before);
      const { after } = await updateVersioned(m, {
        target: Product,
        before,
        version,
        patch: patch as Partial<Product>,
        audit: {
          module: 'products',
          userId: caller.id,
          fields: PRODUCT_AUDITED,
          describe: (p) => auditText('product.update', { code: p.code, name: p.name }),
        },
      });
      return after;
    });
  }

  /**
   * The code is unique among live products whatever the settings say (compared without case);
   * the fields an admin made duplicate-checked (DUP module `products`) follow. Only the fields that
   * change are checked on an edit.
   */
  private async assertUnique(
    m: EntityManager,
    values: Partial<CreateProductData>,
    selfId: string | null,
    mode: 'create' | 'update' | 'restore',
    before?: Product,
  ): Promise<void> {
    const rules = await this.rules.rules('products', m);
    const fields = ['code', ...this.rules.uniqueFields(rules)].filter(
      (f) =>
        mode !== 'update' ||
        (before &&
          String(before[f as keyof Product] ?? '').toLowerCase() !==
            String(values[f as keyof CreateProductData] ?? '').toLowerCase()),
    );
    await this.rules.assertNoDuplicates(m, 'products', fields, values as Record<string, unknown>, selfId);
  }
}
