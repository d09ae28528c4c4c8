import type { DataSource } from 'typeorm';
import { actingAs, type AuthUser } from '../../core/caller';
import { User } from '../../modules/user/user.entity';
import type { Services } from '../../services';

async function asUser(ds: DataSource, where: { email: string } | { role: 'ADMIN' }): Promise<AuthUser> {
  return actingAs(await ds.getRepository(User).findOneByOrFail(where));
}

/**
 * Two demo campaigns run by the Marketing staff (CMP), with the demo customers as members in a
 * mix of statuses so the totals and charts show something. Call after `seedDemoCustomers`.
 */
export async function seedDemoCampaigns(ds: DataSource, services: Services): Promise<void> {
  const marketer = await asUser(ds, { email: 'staff2@sen.local' });
  const admin = await asUser(ds, { role: 'ADMIN' });
  const year = new Date().getFullYear();
  const event = await services.campaigns.create(marketer, {
    name: 'Hội thảo giới thiệu sản phẩm mới',
    code: 'HOITHAO',
    type: 'Hội thảo',
    startDate: `${year}-01-15`,
    endDate: `${year + 1}-12-31`,
    executorId: marketer.id,
    goals: '200 khách hàng đăng kí, 120 khách hàng tham gia',
    budget: '150000000',
    expectedRevenue: '900000000',
    actualRevenue: '320000000',
    expenses: [
      { item: 'Thuê hội trường', amount: '45000000', date: `${year}-01-10` },
      { item: 'In ấn tài liệu', amount: '12500000', date: `${year}-01-12` },
    ],
    keyMap: [
      { key: '1', status: 'CONFIRMED' },
      { key: '2', status: 'JOINED' },
      { key: '9', status: 'CANCELLED' },
    ] as never,
  });
  await services.campaigns.create(marketer, {
    name: 'Tri ân khách hàng cuối năm',
    code: 'TRIAN',
    type: 'Chăm sóc khách hàng',
    startDate: `${year + 1}-11-01`,
    budget: '80000000',
  });
  await services.campaignMembers.addByFilter(admin, event.id, {});
  const members = await ds.query(
    `SELECT id FROM campaign_member WHERE campaign_id = $1 ORDER BY joined_at, id`,
    [event.id],
  );
  const ids = members.map((m: { id: string }) => m.id);
  const third = Math.max(1, Math.floor(ids.length / 3));
  if (ids.length >= 3) {
    await services.campaignMembers.changeStatus(admin, ids.slice(0, 2 * third), 'CONFIRMED');
    await services.campaignMembers.changeStatus(admin, ids.slice(0, third), 'JOINED');
    await services.campaignMembers.changeStatus(admin, ids.slice(2 * third, 2 * third + 1), 'CANCELLED');
  }
}
