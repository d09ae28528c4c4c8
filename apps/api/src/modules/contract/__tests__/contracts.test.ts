import { crm } from '../../../test/crm';
import { useTestApp, errorCode as code, errorFields as fields } from '../../../test/harness';

const CONTRACT = `id number status signed version value totals { total } received outstanding
  instalments { id position dueDate amount received outstanding } customer { id level }`;
const CREATE = `mutation($i: CreateContractInput!) { createContract(input: $i) { ${CONTRACT} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateContractInput!) { updateContract(id: $id, input: $i) { ${CONTRACT} } }`;

interface ContractOut {
  id: string;
  number: string;
  status: string;
  signed: boolean;
  version: number;
  totals: { total: string };
  received: string;
  outstanding: string;
  instalments: { id: string; position: number; amount: string; received: string; outstanding: string }[];
  customer: { id: string; level: string };
}

let staff1: string;
let staff2: string;

const create = (token: string, input: Record<string, unknown>) =>
  app.gql<{ createContract: ContractOut }>(CREATE, { i: input }, { token });

const app = useTestApp(async (a) => ([staff1, staff2] = await a.signIn('staff1', 'staff2')));
const h = crm(app);

describe('contracts (SAL-04): schedule, signing, status, number', () => {
  it('a signed contract with two instalments makes the customer SIGNED; receipts pay an instalment', async () => {
    const customer = await h.createCustomer(staff1, { name: 'Công ty TNHH Xây dựng Trường Sơn' });
    expect(customer.level).toBe('NEW');
    const r = await create(staff1, {
      customerId: customer.id,
      signedOn: '2026-12-01',
      validFrom: '2026-12-01',
      validTo: '2027-11-30',
      signed: true,
      lines: [
        { productName: 'Thi công hệ thống mạng', quantity: '1', unitPrice: '100000000', vatRate: 'TEN' },
      ],
      instalments: [
        { dueDate: '2026-12-15', amount: '55000000' },
        { dueDate: '2027-01-15', amount: '55000000' },
      ],
    });
    expect(r.errors).toBeUndefined();
    const c = r.data!.createContract;
    expect(c).toMatchObject({
      signed: true,
      status: 'DRAFT',
      totals: { total: '110000000' },
      outstanding: '110000000',
    });
    expect(c.customer.level).toBe('SIGNED');
    expect(c.instalments.map((i) => [i.position, i.amount, i.received])).toEqual([
      [1, '55000000', '0'],
      [2, '55000000', '0'],
    ]);
    const pay = await app.gql(
      `mutation($i: CreateReceiptInput!) { createReceipt(input: $i) { id } }`,
      {
        i: {
          customerId: customer.id,
          date: '2026-12-10',
          amount: '60000000',
          allocations: [{ instalmentId: c.instalments[0].id, amount: '55000000' }],
        },
      },
      { token: staff1 },
    );
    expect(pay.errors).toBeUndefined();
    const over = await app.gql(
      `mutation($i: CreateReceiptInput!) { createReceipt(input: $i) { id } }`,
      {
        i: {
          customerId: customer.id,
          date: '2026-12-10',
          amount: '60000000',
          allocations: [{ instalmentId: c.instalments[1].id, amount: '55000001' }],
        },
      },
      { token: staff1 },
    );
    expect(fields(over)).toEqual(['allocations.0.amount']);
    const after = await app.gql<{ contract: ContractOut }>(
      `query($id: ID!) { contract(id: $id) { ${CONTRACT} } }`,
      { id: c.id },
      { token: staff1 },
    );
    expect(after.data!.contract).toMatchObject({ received: '55000000', outstanding: '55000000' });
    expect(after.data!.contract.instalments[0]).toMatchObject({ received: '55000000', outstanding: '0' });
    // The paid instalment cannot be removed or lowered below what it received.
    const before = await app.snapshot(['contract', 'contract_instalment', 'audit_log']);
    const drop = await app.gql(
      UPDATE,
      {
        id: c.id,
        i: { version: c.version, instalments: [{ dueDate: '2027-01-15', amount: '55000000' }] },
      },
      { token: staff1 },
    );
    expect(fields(drop)).toEqual(['instalments']);
    expect(await app.snapshot(['contract', 'contract_instalment', 'audit_log'])).toEqual(before);
    // An invoice made from the contract copies its lines.
    const inv = await app.gql<{ createInvoice: { totals: { total: string }; customer: { id: string } } }>(
      `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { totals { total } customer { id } } }`,
      { i: { contractId: c.id, date: '2026-12-20' } },
      { token: staff1 },
    );
    expect(inv.data!.createInvoice).toEqual({
      totals: { total: '110000000' },
      customer: { id: customer.id },
    });
  });

  it('instalments above the total, a taken number, a bad period: refused, nothing written', async () => {
    const customer = await h.createCustomer(staff1, { name: 'Cửa hàng Vật liệu Hòa Bình' });
    const ok = await create(staff1, { customerId: customer.id, number: 'HD-2026/001', value: '50000000' });
    expect(ok.data!.createContract).toMatchObject({ number: 'HD-2026/001', totals: { total: '50000000' } });
    const before = await app.snapshot(['contract', 'contract_instalment', 'customer', 'audit_log']);
    const above = await create(staff1, {
      customerId: customer.id,
      value: '10000000',
      instalments: [
        { dueDate: '2026-12-15', amount: '6000000' },
        { dueDate: '2027-01-15', amount: '4000001' },
      ],
    });
    expect(fields(above)).toEqual(['instalments']);
    const taken = await create(staff1, { customerId: customer.id, number: 'HD-2026/001', value: '1' });
    expect(fields(taken)).toEqual(['number']);
    const period = await create(staff1, {
      customerId: customer.id,
      value: '1',
      validFrom: '2027-01-01',
      validTo: '2026-01-01',
    });
    expect(fields(period)).toEqual(['validTo']);
    const negative = await create(staff1, {
      customerId: customer.id,
      value: '10',
      instalments: [{ dueDate: '2026-12-15', amount: '0' }],
    });
    expect(fields(negative)).toEqual(['instalments.0.amount']);
    expect(await app.snapshot(['contract', 'contract_instalment', 'customer', 'audit_log'])).toEqual(before);
  });

  it('status follows the machine; another STAFF user neither sees nor changes it', async () => {
    const customer = await h.createCustomer(staff1, { name: 'Công ty CP Dược phẩm An Khang' });
    const c = (await create(staff1, { customerId: customer.id, value: '1000000' })).data!.createContract;
    expect(c.customer.level).toBe('APPROACHED');
    const bad = await app.gql(
      UPDATE,
      { id: c.id, i: { version: c.version, status: 'COMPLETED' } },
      { token: staff1 },
    );
    expect(code(bad)).toBe('INVALID_TRANSITION');
    const active = await app.gql<{ updateContract: ContractOut }>(
      UPDATE,
      { id: c.id, i: { version: c.version, status: 'ACTIVE', signed: true } },
      { token: staff1 },
    );
    expect(active.data!.updateContract).toMatchObject({
      status: 'ACTIVE',
      signed: true,
      customer: { level: 'SIGNED' },
    });
    const other = await app.gql(
      `query($id: ID!) { contract(id: $id) { id } }`,
      { id: c.id },
      { token: staff2 },
    );
    expect(code(other)).toBe('NOT_FOUND');
    const list = await app.gql<{ contracts: { nodes: { id: string }[] } }>(
      `{ contracts(first: 200) { nodes { id } } }`,
      {},
      { token: staff2 },
    );
    expect(list.data!.contracts.nodes.map((n) => n.id)).not.toContain(c.id);
    const pdf = await fetch(`${app.url}/files/contracts/${c.id}.pdf`, {
      headers: { authorization: `Bearer ${staff1}` },
    });
    expect(pdf.status).toBe(200);
  });
});
