import { crm } from '../../../test/crm';
import { todayVi } from '../../campaign/campaign-access';
import { useTestApp } from '../../../test/harness';
import { expectMoneyTilesEqualLists, reportData } from '../report-test-helpers';

const DASHBOARD = `query($from: Date!, $to: Date!) { dashboard(from: $from, to: $to) {
  levelCounts { level count } newCustomers pipeline { stage count value }
  revenueByMonth { month invoiced received } overdueDebt debtAging { bucket amount count }
  activitiesDone { userId count user { email } }
  campaignStatusCounts { status count } campaignTotals { registered } campaigns { campaign { id } stats { registered } } } }`;

interface DashboardOut {
  levelCounts: { level: string; count: number }[];
  newCustomers: number;
  pipeline: { stage: string; count: number; value: string }[];
  revenueByMonth: { month: string; invoiced: string; received: string }[];
  overdueDebt: string;
  debtAging: { bucket: string; amount: string; count: number }[];
  activitiesDone: { userId: string; count: number; user: { email: string } }[];
  campaignStatusCounts: { status: string; count: number }[];
  campaignTotals: { registered: number };
  campaigns: { campaign: { id: string }; stats: { registered: number } }[];
}

let admin: string;
let manager: string;
let staff1: string;
let staff2: string;
let ids: Record<string, string>;

const FROM = '2026-01-01';
const TO = '2026-12-31';

const dashboard = async (token: string, from = FROM, to = TO) =>
  (await app.data<{ dashboard: DashboardOut }>(DASHBOARD, { from, to }, { token })).dashboard;

const app = useTestApp(
  async (a) => ([admin, manager, staff1, staff2] = await a.signIn('admin', 'manager', 'staff1', 'staff2')),
);
beforeAll(async () => {
  const h = crm(app);
  const d = reportData(app);
  ids = await h.userIds(admin, 'staff1', 'staff2', 'manager');
  const c1 = (await h.createCustomer(staff1, { name: 'Công ty Báo Cáo Một' })).id;
  const c2 = (await h.createCustomer(staff2, { name: 'Công ty Báo Cáo Hai', level: 'INTERESTED' })).id;
  await d.opportunity(staff1, { name: 'Gói CRM 30 người', customerId: c1, expectedValue: '90000000' });
  await d.opportunity(staff2, { name: 'Gói CRM 10 người', customerId: c2, expectedValue: '25000000' });
  for (const [token, status, due] of [
    [staff1, 'DONE', '2026-03-10T09:00:00+07:00'],
    [staff1, 'DONE', '2026-12-31T23:30:00+07:00'],
    [staff1, 'DONE', '2027-01-01T00:30:00+07:00'], // the next year in Vietnam
    [staff1, 'PLANNED', '2026-04-01T09:00:00+07:00'],
    [staff2, 'DONE', '2026-05-05T09:00:00+07:00'],
  ] as const) {
    await d.activity(token, { name: `Gọi điện ${due}`, status, dueAt: due });
  }
  await d.invoice(staff1, c1, '120000000', 'ISSUED', '2026-02-14');
  await d.invoice(staff1, c1, '30000000', 'PAID', '2026-02-20');
  await d.invoice(staff1, c1, '999000000', 'CANCELLED', '2026-02-21');
  await d.invoice(staff1, c1, '5000000', 'DRAFT', '2026-02-22');
  await d.invoice(staff2, c2, '45000000', 'PARTIAL', '2026-07-01');
  // Through the invoice and receipt API, in 2025: one long overdue, one 31–60 days, one not yet due.
  const dayMinus = (n: number) =>
    new Date(Date.parse(`${todayVi()}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
  const a = await d.issuedInvoice(staff1, c1, '100000000', '2025-06-10', '2025-07-10');
  await d.receipt(staff1, c1, a, '30000000', '2025-08-05');
  const b = await d.issuedInvoice(staff2, c2, '50000000', '2025-09-01', dayMinus(40));
  await d.receipt(staff2, c2, b, '5000000', '2025-09-20');
  await d.issuedInvoice(staff2, c2, '8000000', '2025-11-01', '2099-01-01');
});

describe('dashboard (REP-02): within the caller’s scope, equal to the lists', () => {
  it('each tile equals its list for ADMIN, MANAGER and STAFF', async () => {
    for (const token of [admin, manager, staff1, staff2]) {
      const dash = await dashboard(token);
      const lists = await app.gql<{
        customerLevelCounts: { level: string; count: number }[];
        customers: { totalCount: number };
        opportunityPipeline: { stage: string; count: number; value: string }[];
      }>(
        `query($from: Date!, $to: Date!) { customerLevelCounts { level count }
           customers(filter: { createdFrom: $from, createdTo: $to }) { totalCount }
           opportunityPipeline { stage count value } }`,
        { from: FROM, to: TO },
        { token },
      );
      expect(dash.levelCounts).toEqual(lists.data!.customerLevelCounts);
      expect(dash.newCustomers).toBe(lists.data!.customers.totalCount);
      expect(dash.pipeline).toEqual(lists.data!.opportunityPipeline);
      for (const row of dash.activitiesDone) {
        const list = await app.gql<{ activities: { totalCount: number } }>(
          `query($a: [ID!], $from: DateTime, $to: DateTime) { activities(filter: {
             statuses: [DONE], assigneeIds: $a, dueFrom: $from, dueTo: $to }) { totalCount } }`,
          { a: [row.userId], from: '2026-01-01T00:00:00+07:00', to: '2027-01-01T00:00:00+07:00' },
          { token },
        );
        expect(row.count).toBe(list.data!.activities.totalCount);
      }
    }
  });

  it('a STAFF user sees only their own book; their manager sees their department’s', async () => {
    const own = await dashboard(staff1);
    expect(own.activitiesDone).toEqual([
      { userId: ids.staff1, count: 2, user: { email: 'staff1@sen.local' } },
    ]);
    expect(own.levelCounts.find((l) => l.level === 'APPROACHED')!.count).toBeGreaterThanOrEqual(1);
    expect(own.pipeline.find((p) => p.stage === 'NEEDS_ANALYSIS')).toMatchObject({
      count: 1,
      value: '90000000',
    });

    const other = await dashboard(staff2);
    expect(other.activitiesDone).toEqual([
      { userId: ids.staff2, count: 1, user: { email: 'staff2@sen.local' } },
    ]);
    expect(other.pipeline.find((p) => p.stage === 'NEEDS_ANALYSIS')).toMatchObject({
      count: 1,
      value: '25000000',
    });

    const boss = await dashboard(manager);
    expect(boss.activitiesDone.map((a) => a.userId)).toContain(ids.staff1);
    expect(boss.activitiesDone.map((a) => a.userId)).not.toContain(ids.staff2);
  });

  it('activities done count those seen through a live customer (owned or shared) or as participant, each once, as the list does', async () => {
    const h = crm(app);
    const d = reportData(app);
    const customer = async (name: string, share: boolean) => {
      const id = (await h.createCustomer(staff2, { name })).id;
      if (share) {
        await app.gql(
          'mutation($i: [ID!]!, $u: [ID!]!) { shareCustomers(ids: $i, userIds: $u) }',
          {
            i: [id],
            u: [ids.staff1],
          },
          { token: staff2 },
        );
      }
      return id;
    };
    const shared1 = await customer('Công ty Chia Sẻ Một', true);
    const shared2 = await customer('Công ty Chia Sẻ Hai', true);
    const hidden = await customer('Công ty Riêng', false);
    const trashed = await customer('Công ty Đã Xóa', true);
    const done = (day: string, more: Record<string, unknown>) =>
      d.activity(staff2, {
        name: `Việc ${day}`,
        status: 'DONE',
        dueAt: `2024-${day}T09:00:00+07:00`,
        ...more,
      });
    await done('03-01', { customerIds: [shared1, shared2, hidden] }); // two visible links: once
    await done('03-02', { customerIds: [hidden] }); // not staff1's
    await done('03-03', { customerIds: [trashed] }); // its customer goes to the trash below
    await done('03-04', { participantIds: [ids.staff1] });
    await app.gql('mutation($i: [ID!]!) { deleteCustomers(ids: $i) }', { i: [trashed] }, { token: staff2 });

    const dash = await dashboard(staff1, '2024-01-01', '2024-12-31');
    expect(dash.activitiesDone).toEqual([
      { userId: ids.staff2, count: 2, user: { email: 'staff2@sen.local' } },
    ]);
    const list = await app.gql<{ activities: { totalCount: number } }>(
      `query($a: [ID!]) { activities(filter: { statuses: [DONE], assigneeIds: $a,
         dueFrom: "2024-01-01T00:00:00+07:00", dueTo: "2025-01-01T00:00:00+07:00" }) { totalCount } }`,
      { a: [ids.staff2] },
      { token: staff1 },
    );
    expect(list.data!.activities.totalCount).toBe(2);
    expect((await dashboard(staff2, '2024-01-01', '2024-12-31')).activitiesDone).toEqual([
      { userId: ids.staff2, count: 4, user: { email: 'staff2@sen.local' } },
    ]);
    // New customers, owned and shared ones (counted apart), are the rows the list shows.
    for (const token of [staff1, staff2, manager]) {
      const rows = await app.data<{ customers: { nodes: { id: string }[] } }>(
        `query($from: Date!, $to: Date!) { customers(first: 200, filter: { createdFrom: $from, createdTo: $to }) {
           nodes { id } } }`,
        { from: FROM, to: TO },
        { token },
      );
      expect((await dashboard(token)).newCustomers).toBe(rows.customers.nodes.length);
    }
  });

  it('revenue counts issued invoices by their date; drafts and cancelled ones count for nothing', async () => {
    const month = (d: DashboardOut, m: string) => d.revenueByMonth.find((r) => r.month === m)!.invoiced;
    const own = await dashboard(staff1);
    expect(own.revenueByMonth).toHaveLength(12);
    expect(month(own, '2026-02')).toBe('150000000');
    expect(month(own, '2026-07')).toBe('0');
    const other = await dashboard(staff2);
    expect(month(other, '2026-02')).toBe('0');
    expect(month(other, '2026-07')).toBe('45000000');
    const all = await dashboard(admin);
    expect(month(all, '2026-02')).toBe('150000000');
    expect(month(all, '2026-07')).toBe('45000000');
    const boss = await dashboard(manager);
    expect(month(boss, '2026-07')).toBe('0');
    // A period of two months answers those two months only.
    const short = await dashboard(admin, '2026-02-15', '2026-03-31');
    expect(short.revenueByMonth).toEqual([
      { month: '2026-02', invoiced: '30000000', received: '0' },
      { month: '2026-03', invoiced: '0', received: '0' },
    ]);
  });

  it('refuses a period that ends before it starts, is too long or is not a date, with field errors', async () => {
    for (const [from, to, field] of [
      ['2026-05-01', '2026-04-30', 'to'],
      ['2020-01-01', '2026-01-01', 'to'],
    ]) {
      const r = await app.gql(DASHBOARD, { from, to }, { token: manager });
      expect(r.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field }] });
    }
    const bad = await app.gql(DASHBOARD, { from: '2026-02-30', to: '2026-03-01' }, { token: manager });
    expect(bad.errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('received and overdue debt with its aging equal the receipts, invoices and debts lists', async () => {
    for (const token of [admin, manager, staff1, staff2]) {
      await expectMoneyTilesEqualLists(app, token, '2025-01-01', '2025-12-31');
    }
    // The earlier invoices issued in SQL (no due date, nothing received) are long overdue too.
    const own = await dashboard(staff1, '2025-01-01', '2025-12-31');
    expect(own.debtAging.find((b) => b.bucket === '90+')).toEqual({
      bucket: '90+',
      amount: '220000000',
      count: 3,
    });
    expect(own.debtAging.find((b) => b.bucket === '31-60')).toEqual({
      bucket: '31-60',
      amount: '0',
      count: 0,
    });
    expect(own.revenueByMonth.find((m) => m.month === '2025-08')!.received).toBe('30000000');
    const other = await dashboard(staff2, '2025-01-01', '2025-12-31');
    expect(other.debtAging.find((b) => b.bucket === '31-60')).toEqual({
      bucket: '31-60',
      amount: '45000000',
      count: 1,
    });
    expect(other.overdueDebt).toBe('90000000');
    expect(other.revenueByMonth.find((m) => m.month === '2025-08')!.received).toBe('0');
  });

  it('a campaign in the trash leaves the campaign tile as the campaign list does', async () => {
    const tile = (d: DashboardOut) => d.campaignStatusCounts.reduce((n, r) => n + r.count, 0);
    const list = async () => {
      const r = await app.gql<{ campaigns: { totalCount: number } }>(
        'query($f: CampaignFilter) { campaigns(filter: $f) { totalCount } }',
        { f: { startFrom: FROM, startTo: TO } },
        { token: manager },
      );
      return r.data!.campaigns.totalCount;
    };
    const before = await dashboard(manager);
    expect(tile(before)).toBe(await list());

    const created = await app.gql<{ createCampaign: { id: string } }>(
      'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
      { i: { name: 'Hội nghị khách hàng bị xóa', startDate: '2026-06-01' } },
      { token: manager },
    );
    const id = created.data!.createCampaign.id;
    const customer = await crm(app).createCustomer(manager, { name: 'Khách của hội nghị bị xóa' });
    const added = await app.gql(
      'mutation($c: ID!, $ids: [ID!]!) { addCampaignMembers(campaignId: $c, customerIds: $ids) { added } }',
      { c: id, ids: [customer.id] },
      { token: manager },
    );
    expect(added.errors).toBeUndefined();
    const live = await dashboard(manager);
    expect(tile(live)).toBe(tile(before) + 1);
    expect(tile(live)).toBe(await list());
    expect(live.campaignTotals.registered).toBe(before.campaignTotals.registered + 1);
    expect(live.campaigns.map((c) => c.campaign.id)).toContain(id);

    const deleted = await app.gql(
      'mutation($ids: [ID!]!) { deleteCampaigns(ids: $ids, confirm: true) }',
      { ids: [id] },
      { token: manager },
    );
    expect(deleted.errors).toBeUndefined();
    const trashed = await dashboard(manager);
    expect(tile(trashed)).toBe(await list());
    expect(trashed.campaignStatusCounts).toEqual(before.campaignStatusCounts);
    expect(trashed.campaignTotals).toEqual(before.campaignTotals);
    expect(trashed.campaigns.map((c) => c.campaign.id)).not.toContain(id);
  });
});
