import { crm } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';
import { CAMPAIGN_TABLES, campaignApi } from '../campaign-test-helpers';

/** for campaigns over HTTP: bulk delete to the trash, the trash list, restore, purge; the picker's members. */
let admin: string;
let staff1: string;
let staff2: string;

const app = useTestApp(async (a) => ([admin, staff1, staff2] = await a.signIn('admin', 'staff1', 'staff2')));
const c = campaignApi(app);
const h = crm(app);

const LIST = `query($f: CampaignFilter) { campaigns(filter: $f, first: 50) { totalCount nodes { id name deletedAt memberCount } } }`;

async function names(token: string, filter: Record<string, unknown>): Promise<string[]> {
  const r = await app.gql<{ campaigns: { nodes: { name: string }[] } }>(LIST, { f: filter }, { token });
  expect(r.errors).toBeUndefined();
  return r.data!.campaigns.nodes.map((n) => n.name).sort();
}

const del = (token: string, ids: string[], confirm?: boolean) =>
  app.gql<{ deleteCampaigns: number }>(
    'mutation($ids: [ID!]!, $c: Boolean) { deleteCampaigns(ids: $ids, confirm: $c) }',
    { ids, c: confirm },
    { token },
  );
const restore = (token: string, ids: string[]) =>
  app.gql<{ restoreCampaigns: number }>(
    'mutation($ids: [ID!]!) { restoreCampaigns(ids: $ids) }',
    { ids },
    { token },
  );
const purge = (token: string, ids: string[]) =>
  app.gql<{ purgeCampaigns: number }>(
    'mutation($ids: [ID!]!) { purgeCampaigns(ids: $ids) }',
    { ids },
    { token },
  );

describe('campaign trash (X-07)', () => {
  it('deletes ticked campaigns to the trash (all or none, confirmed when they have members), restores and purges them', async () => {
    const a = await c.create(staff1, { name: 'Thùng rác A' });
    const b = await c.create(staff1, { name: 'Thùng rác B' });
    const other = await c.create(staff2, { name: 'Thùng rác của Anh' });
    const customer = await h.createCustomer(staff1, { name: 'Khách Thùng Rác' });
    await c.add(staff1, a.id, [customer.id]);
    const before = await app.snapshot(CAMPAIGN_TABLES);

    // Someone else's campaign among them: refused, nothing moves.
    expect((await del(staff1, [a.id, b.id, other.id], true)).errors![0].extensions.code).toBe('FORBIDDEN');
    // One has a member: the whole call asks first, naming every member.
    const ask = await del(staff1, [a.id, b.id]);
    expect(ask.errors![0].extensions).toEqual({ code: 'CONFIRMATION_REQUIRED', memberCount: 1 });
    expect(await app.snapshot(CAMPAIGN_TABLES)).toEqual(before);

    expect((await del(staff1, [a.id, b.id], true)).data).toEqual({ deleteCampaigns: 2 });
    expect(await names(staff1, { search: 'thung rac' })).toEqual(['Thùng rác của Anh']);
    expect(await names(staff1, { search: 'thung rac', deleted: true })).toEqual([
      'Thùng rác A',
      'Thùng rác B',
    ]);
    // A deleted campaign is not found, and is not in its customer's campaigns; its members wait.
    const gone = await app.gql(
      'query($id: ID!) { campaign(id: $id) { id } }',
      { id: a.id },
      { token: staff1 },
    );
    expect(gone.errors![0].extensions.code).toBe('NOT_FOUND');
    const tab = await app.gql<{ customerCampaigns: unknown[] }>(
      'query($id: ID!) { customerCampaigns(customerId: $id) { id } }',
      { id: customer.id },
      { token: staff1 },
    );
    expect(tab.data!.customerCampaigns).toEqual([]);
    // Deleting again (already in the trash) and restoring a live one: NOT_FOUND.
    expect((await del(staff1, [a.id], true)).errors![0].extensions.code).toBe('NOT_FOUND');
    expect((await restore(staff1, [other.id])).errors![0].extensions.code).toBe('NOT_FOUND');
    const history = await app.server.db.dataSource.query(
      `SELECT action, description FROM audit_log WHERE module = 'campaign' AND record_id = $1 ORDER BY at`,
      [a.id],
    );
    expect(history.at(-1)).toEqual({
      action: 'DELETE',
      description: expect.stringContaining('Thùng rác A (1 khách hàng) vào thùng rác'),
    });

    // Restore: by the owner's side only; the member comes back with it.
    expect((await restore(staff2, [a.id])).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await restore(staff1, [a.id])).data).toEqual({ restoreCampaigns: 1 });
    expect((await c.members(staff1, a.id)).totalCount).toBe(1);
    expect(await names(staff1, { search: 'thung rac', deleted: true })).toEqual(['Thùng rác B']);

    // Purge: ADMIN only, and only from the trash.
    expect((await purge(staff1, [b.id])).errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await purge(admin, [a.id])).errors![0].extensions.code).toBe('NOT_FOUND');
    expect((await purge(admin, [b.id])).data).toEqual({ purgeCampaigns: 1 });
    expect(await names(admin, { search: 'thung rac', deleted: true })).toEqual([]);
    const [{ n }] = await app.server.db.dataSource.query(
      'SELECT count(*)::int AS n FROM campaign WHERE id = $1',
      [b.id],
    );
    expect(n).toBe(0);
  });

  it('tells the picker which customers are already members', async () => {
    const k = await c.create(staff1, { name: 'Đã có thành viên' });
    const x = await h.createCustomer(staff1, { name: 'Khách Đã Có' });
    const y = await h.createCustomer(staff1, { name: 'Khách Chưa Có' });
    await c.add(staff1, k.id, [x.id]);
    const r = await app.gql<{ campaignMemberCustomerIds: string[] }>(
      'query($k: ID!, $ids: [ID!]!) { campaignMemberCustomerIds(campaignId: $k, customerIds: $ids) }',
      { k: k.id, ids: [x.id, y.id, 'not-an-id'] },
      { token: staff1 },
    );
    expect(r.data).toEqual({ campaignMemberCustomerIds: [x.id] });
    // Adding both again adds only the new one (CMP-05: never twice).
    expect((await c.add(staff1, k.id, [x.id, y.id])).data).toEqual({
      addCampaignMembers: { added: 1, skipped: 1 },
    });
  });
});
