import { useTestApp } from '../../../test/harness';

const app = useTestApp();

describe('demo campaigns (seed)', () => {
  it('a new database with demo data has the two demo campaigns, members in a mix of statuses', async () => {
    const token = await app.login('staff2@sen.local');
    const r = await app.gql<{ campaigns: { nodes: { code: string; stats: Record<string, number> }[] } }>(
      '{ campaigns(orderBy: [{ field: CODE, direction: ASC }]) { nodes { code stats { registered confirmed joined cancelled } } } }',
      {},
      { token },
    );
    const [event, thanks] = r.data!.campaigns.nodes;
    expect([event.code, thanks.code]).toEqual(['HOITHAO', 'TRIAN']);
    expect(event.stats.registered).toBeGreaterThan(3);
    expect(event.stats.joined).toBeGreaterThan(0);
    expect(event.stats.confirmed).toBeGreaterThan(event.stats.joined);
    expect(event.stats.cancelled).toBe(1);
  });
});
