import { crm, type Customerish } from '../../../test/crm';
import { useTestApp } from '../../../test/harness';
import { campaignApi } from '../../campaign/campaign-test-helpers';

/**
 * CUS-07 (issue 13, item 2): a search matches only what the caller may see of a record. staff2
 * sees another owner's customer in Tra cứu and in a campaign's members by code, name, owner and
 * addresses, and can never confirm its e-mail, phone or tax code through either search.
 */
const tokens: Record<string, string> = {};
let hidden: Customerish;
let campaignId: string;

const app = useTestApp();
beforeAll(async () => {
  for (const who of ['admin', 'staff1', 'staff2']) {
    tokens[who] = await app.login(`${who}@sen.local`);
  }
  hidden = await crm(app).createCustomer(tokens.staff1, {
    name: 'Kho Lạnh Phương Nam',
    email: 'giamdoc.kholanh@pn.vn',
    phone: '0912345678',
    taxCode: '079188877766',
    officeAddress: '12 Nguyễn Huệ, Quận 1',
  });
  const campaigns = campaignApi(app);
  campaignId = (await campaigns.create(tokens.admin, { name: 'Hội nghị khách hàng' })).id;
  const added = await campaigns.add(tokens.admin, campaignId, [hidden.id]);
  expect(added.data!.addCampaignMembers.added).toBe(1);
});

const SECRETS = ['giamdoc.kholanh@pn.vn', 'kholanh', '0912345678', '345678', '079188877766', '877766'];
const OPEN = ['Kho Lạnh', 'kho lanh phuong', '12 Nguyễn Huệ', 'nguyen hue'];

async function lookup(token: string, search: string): Promise<string[]> {
  const r = await app.gql<{ customerLookup: { id: string }[] }>(
    'query($s: String!) { customerLookup(search: $s) { id } }',
    { s: search },
    { token },
  );
  expect(r.errors).toBeUndefined();
  return r.data!.customerLookup.map((c) => c.id);
}

async function members(token: string, search: string): Promise<string[]> {
  const r = await app.gql<{ campaignMembers: { totalCount: number; nodes: { customerId: string }[] } }>(
    'query($c: ID!, $s: String!) { campaignMembers(campaignId: $c, filter: { search: $s }) { totalCount nodes { customerId } } }',
    { c: campaignId, s: search },
    { token },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!.campaignMembers.totalCount).toBe(r.data!.campaignMembers.nodes.length);
  return r.data!.campaignMembers.nodes.map((m) => m.customerId);
}

describe('searching customers one may not see', () => {
  it('Tra cứu never matches the e-mail, phone or tax code of another owner’s customer', async () => {
    for (const secret of SECRETS) {
      expect({ secret, found: (await lookup(tokens.staff2, secret)).includes(hidden.id) }).toEqual({
        secret,
        found: false,
      });
      // The owner and an admin still find it by any field.
      expect(await lookup(tokens.staff1, secret)).toContain(hidden.id);
      expect(await lookup(tokens.admin, secret)).toContain(hidden.id);
    }
  });

  it('Tra cứu still finds it by code, name, owner and address', async () => {
    for (const open of [...OPEN.filter(Boolean), hidden.code, 'Nguyễn Văn Đức']) {
      expect({ open, found: (await lookup(tokens.staff2, open)).includes(hidden.id) }).toEqual({
        open,
        found: true,
      });
    }
  });

  it('a campaign’s member search never matches hidden fields either', async () => {
    for (const secret of SECRETS) {
      expect({ secret, ids: await members(tokens.staff2, secret) }).toEqual({ secret, ids: [] });
      expect(await members(tokens.staff1, secret)).toEqual([hidden.id]);
      expect(await members(tokens.admin, secret)).toEqual([hidden.id]);
    }
    for (const open of ['Kho Lạnh', 'phuong nam', hidden.code, 'Nguyễn Huệ']) {
      expect({ open, ids: await members(tokens.staff2, open) }).toEqual({ open, ids: [hidden.id] });
    }
  });
});
