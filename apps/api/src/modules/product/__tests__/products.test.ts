import { ok, useTestApp, errorCode as code } from '../../../test/harness';

const PRODUCT = 'id code name kind unit price vatRate active version owner { email }';
const CREATE = `mutation($i: CreateProductInput!) { createProduct(input: $i) { ${PRODUCT} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateProductInput!) { updateProduct(id: $id, input: $i) { ${PRODUCT} } }`;
const LIST = `query($f: ProductFilter, $first: Int) {
  products(filter: $f, first: $first) { totalCount nodes { ${PRODUCT} } }
}`;
const TABLES = ['product', 'audit_log'];

interface ProductOut {
  id: string;
  code: string;
  name: string;
  kind: string;
  unit: string;
  price: string | null;
  vatRate: string;
  active: boolean;
  version: number;
  owner: { email: string };
}

let manager: string;
let staff1: string;
let staff2: string;

const create = (token: string, i: Record<string, unknown>) =>
  app.gql<{ createProduct: ProductOut }>(CREATE, { i }, { token });
const update = (token: string, id: string, i: Record<string, unknown>) =>
  app.gql<{ updateProduct: ProductOut }>(UPDATE, { id, i }, { token });
const list = (token: string, f: Record<string, unknown>) =>
  app.gql<{ products: { totalCount: number; nodes: ProductOut[] } }>(LIST, { f, first: 50 }, { token });

const app = useTestApp(
  async (a) => ([manager, staff1, staff2] = await a.signIn('manager', 'staff1', 'staff2')),
);

describe('products (SAL-01)', () => {
  it('any user adds one; price is whole đồng, VAT a rate of the list; the catalogue is everyone’s', async () => {
    const r = await create(staff1, {
      code: 'SP-LUA-01',
      name: 'Lụa tơ tằm Vạn Phúc',
      unit: 'Mét',
      kind: 'GOODS',
      price: '450000',
      vatRate: 'EIGHT',
    });
    expect(ok(r).createProduct).toMatchObject({
      code: 'SP-LUA-01',
      name: 'Lụa tơ tằm Vạn Phúc',
      unit: 'Mét',
      price: '450000',
      vatRate: 'EIGHT',
      active: true,
      version: 1,
      owner: { email: 'staff1@sen.local' },
    });
    // Another STAFF user finds it by a word typed without diacritics.
    const found = await list(staff2, { search: 'lua to tam' });
    expect(found.data!.products.nodes.map((p) => p.code)).toContain('SP-LUA-01');
  });

  it('refuses bad input with its code and changes nothing', async () => {
    await create(staff1, { code: 'SP-TRA-01', name: 'Trà Shan tuyết', unit: 'Hộp', price: '120000' });
    const before = await app.snapshot(TABLES);
    const cases: [Record<string, unknown>, string][] = [
      // The code is unique whatever its case (DUP module products).
      [{ code: 'sp-tra-01', name: 'Trà khác', unit: 'Hộp' }, 'DUPLICATE'],
      [{ code: 'SP-X', name: '   ', unit: 'Hộp' }, 'BAD_USER_INPUT'],
      [{ code: 'SP-X', name: 'Giá âm', unit: 'Hộp', price: '-1' }, 'BAD_USER_INPUT'],
    ];
    for (const [input, expected] of cases) {
      const r = await create(staff1, input);
      expect(r.data).toBeNull();
      expect(code(r)).toBe(expected);
    }
    // Money is never a fraction of a đồng (refused while the variables are read).
    const fraction = await create(staff1, { code: 'SP-Y', name: 'Lẻ đồng', unit: 'Hộp', price: '1000.5' });
    expect(fraction.data ?? null).toBeNull();
    expect(fraction.errors?.[0]?.extensions.code).not.toBe('INTERNAL_SERVER_ERROR');
    expect(await app.snapshot(TABLES)).toEqual(before);
  });

  it('a STAFF user edits only what they added; a manager any; a stale version is refused', async () => {
    const p = (await create(staff1, { code: 'SP-CAFE-01', name: 'Cà phê Buôn Ma Thuột', unit: 'Kg' })).data!
      .createProduct;
    const before = await app.snapshot(TABLES);
    const other = await update(staff2, p.id, { price: '1', version: p.version });
    expect(code(other)).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
    expect(await app.snapshot(TABLES)).toEqual(before);

    const mine = await update(staff1, p.id, { price: '350000', version: p.version });
    expect(mine.data!.updateProduct).toMatchObject({ price: '350000', version: 2 });
    const stale = await update(manager, p.id, { price: '1', version: 1 });
    expect(code(stale)).toBe('CONFLICT');
    const managed = await update(manager, p.id, { active: false, version: 2 });
    expect(managed.data!.updateProduct).toMatchObject({ active: false, version: 3 });
    // Ngừng kinh doanh: out of the active catalogue, in the inactive one.
    const inactive = await list(staff2, { active: false, search: 'buon ma thuot' });
    expect(inactive.data!.products.nodes.map((n) => n.code)).toEqual(['SP-CAFE-01']);
    const active = await list(staff2, { active: true, search: 'buon ma thuot' });
    expect(active.data!.products.totalCount).toBe(0);
  });

  it('goes to the trash (out of every list) and comes back', async () => {
    const p = (await create(staff1, { code: 'SP-MAT-01', name: 'Mật ong rừng U Minh', unit: 'Chai' })).data!
      .createProduct;
    const del = await app.gql<{ deleteProducts: number }>(
      'mutation($ids: [ID!]!) { deleteProducts(ids: $ids) }',
      { ids: [p.id] },
      { token: staff1 },
    );
    expect(del.data!.deleteProducts).toBe(1);
    expect((await list(staff2, { search: 'u minh' })).data!.products.totalCount).toBe(0);
    const trash = await list(staff1, { deleted: true, search: 'u minh' });
    expect(trash.data!.products.nodes.map((n) => n.code)).toEqual(['SP-MAT-01']);
    const restored = await app.gql<{ restoreProducts: number }>(
      'mutation($ids: [ID!]!) { restoreProducts(ids: $ids) }',
      { ids: [p.id] },
      { token: staff1 },
    );
    expect(restored.data!.restoreProducts).toBe(1);
    expect((await list(staff2, { search: 'u minh' })).data!.products.totalCount).toBe(1);
  });
});
