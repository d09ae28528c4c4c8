import { useTestApp } from '../../../test/harness';

/**
 * The invoices list as the money screen asks it: each row's customer and owner come with the page
 * (not loaded apart), and its count, kept a few seconds, is counted anew after any write.
 */
const ROW = 'id number customer { id name } owner { id name email } contract { id number }';
const LIST = `query($f: InvoiceFilter, $first: Int) {
  invoices(filter: $f, first: $first) { totalCount nodes { ${ROW} } }
}`;
const ONE = `query($id: ID!) { invoice(id: $id) { ${ROW} } }`;
const CREATE = `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { id } }`;
const CUSTOMERS = '{ customers(first: 1, orderBy: [{ field: NAME, direction: ASC }]) { nodes { id name } } }';
const LINE = { productName: 'Gói bảo trì', unit: 'Gói', quantity: '1', unitPrice: '1000000', vatRate: 'TEN' };

type Row = { id: string; customer: { id: string; name: string }; owner: { id: string; name: string } };
type List = { invoices: { totalCount: number; nodes: Row[] } };

let admin: string;
let staff1: string;
let customerId: string;
const app = useTestApp(async (a) => {
  [admin, staff1] = await a.signIn('admin', 'staff1');
  const { customers } = await a.data<{ customers: { nodes: { id: string }[] } }>(
    CUSTOMERS,
    {},
    {
      token: staff1,
    },
  );
  customerId = customers.nodes[0].id;
});

const list = (token: string, first: number, f: object = {}) => app.data<List>(LIST, { f, first }, { token });
const create = () =>
  app.data(CREATE, { i: { customerId, date: '2026-11-02', lines: [LINE] } }, { token: staff1 });

it("each row answers its customer and owner as the invoice's own query does", async () => {
  await create();
  for (const token of [admin, staff1]) {
    const { invoices } = await list(token, 50);
    expect(invoices.nodes.length).toBeGreaterThan(0);
    for (const row of invoices.nodes) {
      const { invoice } = await app.data<{ invoice: Row }>(ONE, { id: row.id }, { token });
      expect(row).toEqual(invoice);
      expect(row.owner.name).toBeTruthy();
      expect(row.customer.name).toBeTruthy();
    }
  }
});

it('the count of a page that does not hold every match follows a write at once', async () => {
  const before = (await list(staff1, 1)).invoices.totalCount;
  const { customers } = await app.data<{ customers: { nodes: { id: string }[] } }>(
    CUSTOMERS,
    {},
    {
      token: staff1,
    },
  );
  // Twice: the first page then holds one of several, and the count is asked of the database.
  for (let i = 1; i <= 2; i++) {
    await app.data(
      CREATE,
      { i: { customerId: customers.nodes[0].id, date: '2026-11-02', lines: [LINE] } },
      { token: staff1 },
    );
    const after = await list(staff1, 1);
    expect(after.invoices.totalCount).toBe(before + i);
    expect(after.invoices.nodes).toHaveLength(1);
  }
  // Another user's scope is counted apart: the admin sees at least these too.
  expect((await list(admin, 1)).invoices.totalCount).toBeGreaterThanOrEqual(before + 2);
});
