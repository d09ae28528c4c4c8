import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { benchOptions, cliArgs } from '../config/cli-args';
import { BULK_EMAIL_DOMAIN } from '../db/seed/bulk-customers';
import * as bench from './harness';
import { start, stop, type Started } from './server';

/**
 * `pnpm bench:campaigns`: CMP on PostgreSQL with the bulk data (1,000,000 customers). Adds about
 * 100,000 customers picked by a level filter to a campaign (set-based), changes 10,000 statuses at
 * once, reads stats / statusCounts and member pages, and exports the members to .xlsx and PDF
 * while sampling the server's resident memory. Writes `bench-results/campaigns.json`.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    args: cliArgs(),
    options: {
      ...benchOptions('sen_bench_cmp', 4321),
      levels: { type: 'string', default: 'OTHER,PAUSED' },
    },
  });
  const runs = Number(values.runs);
  const sql = new Client({ connectionString: values.db });
  await sql.connect();
  // start() waits for /healthz: a server already on the port would answer in ours' place.
  await assertPortFree(Number(values.port));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sen-bench-campaigns-'));
  const server = await start(
    { DATABASE_URL: values.db!, SEN_DATA_DIR: dir, SEN_DEMO_DATA: 'false' },
    Number(values.port),
  );
  const results: Record<string, unknown>[] = [];
  const record = (row: Record<string, unknown>) => {
    results.push(row);
    console.log(JSON.stringify(row));
  };
  try {
    const { rows: admins } = await sql.query(
      `SELECT email FROM app_user WHERE role = 'ADMIN' AND email LIKE $1 LIMIT 1`,
      [`%@${BULK_EMAIL_DOMAIN}`],
    );
    const email = admins[0]?.email ?? 'admin@sen.local';
    const token = await bench.login(server.url, email);
    const call = async (query: string, variables: Record<string, unknown> = {}) => {
      const t0 = performance.now();
      const data = await bench.gql(server.url, token, query, variables);
      return { data, ms: performance.now() - t0 };
    };
    const levels = values.levels!.split(',');

    // 1. Adding ~100,000 members by a level filter (3 campaigns, one INSERT … SELECT each).
    const adds: number[] = [];
    let campaignId = '';
    let added = 0;
    for (let i = 0; i < 3; i++) {
      const created = await call('mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }', {
        i: { name: `Bench ${Date.now()} ${i}`, startDate: '2026-01-01' },
      });
      const id = (created.data.createCampaign as { id: string }).id;
      const r = await call(
        'mutation($c: ID!, $f: CampaignCustomerFilter!) { addCampaignMembersByFilter(campaignId: $c, filter: $f) { added skipped } }',
        { c: id, f: { levels } },
      );
      adds.push(r.ms);
      campaignId ||= id;
      added = (r.data.addCampaignMembersByFilter as { added: number }).added;
    }
    await sql.query('VACUUM ANALYZE campaign_member');
    await sql.query('VACUUM ANALYZE campaign_member_event');
    record({
      case: 'addCampaignMembersByFilter',
      members: added,
      filter: { levels },
      ...bench.stats(adds),
      n: adds.length,
    });

    // 2. Bulk status changes of 10,000 members each (REGISTERED → CONFIRMED / JOINED / CANCELLED).
    const bulk: number[] = [];
    for (const to of ['CONFIRMED', 'JOINED', 'CANCELLED', 'JOINED']) {
      const { rows } = await sql.query(
        `SELECT id FROM campaign_member WHERE campaign_id = $1 AND status = $2 ORDER BY random() LIMIT 10000`,
        [campaignId, to === 'JOINED' && bulk.length === 3 ? 'CONFIRMED' : 'REGISTERED'],
      );
      const r = await call(
        'mutation($ids: [ID!]!, $s: CampaignMemberStatus!) { changeCampaignMemberStatus(memberIds: $ids, status: $s) { id } }',
        {
          ids: rows.map((x: { id: string }) => x.id),
          s: to,
        },
      );
      bulk.push(r.ms);
    }
    await sql.query('VACUUM ANALYZE campaign_member');
    record({ case: 'changeCampaignMemberStatus (10,000 members)', ...bench.stats(bulk), n: bulk.length });

    // 3. Reads.
    const reads: [string, string, Record<string, unknown>][] = [
      [
        'campaign.stats + statusCounts',
        'query($id: ID!) { campaign(id: $id) { stats { registered confirmed joined cancelled } statusCounts { status count } } }',
        { id: campaignId },
      ],
      [
        'campaignMembers page: status + common search ("nguyen")',
        `query($c: ID!) { campaignMembers(campaignId: $c, first: 50, filter: { statuses: [REGISTERED], search: "nguyen" }) {
           nodes { id status joinedAt customerName customerCode owner { name } customer { id phone email } } } }`,
        { c: campaignId },
      ],
      [
        'campaignMembers page: status + rare search',
        `query($c: ID!, $s: String) { campaignMembers(campaignId: $c, first: 50, filter: { statuses: [JOINED], search: $s }) {
           nodes { id status customerName customer { id phone } } } }`,
        { c: campaignId, s: await rareTerm(sql, campaignId) },
      ],
      [
        'campaignMembers first page (no filter)',
        `query($c: ID!) { campaignMembers(campaignId: $c, first: 50) { totalCount nodes { id status customerName owner { name } customer { id phone } } } }`,
        { c: campaignId },
      ],
    ];
    for (const [name, query, variables] of reads) {
      const timed = await bench.timeGraphql(server.url, token, { name, query, variables }, runs, 1);
      record({ case: name, runs, http: bench.stats(timed.http), server: bench.stats(timed.server) });
    }

    // 4. Exports, streamed: time to the last byte and the server's peak resident memory.
    for (const format of ['xlsx', 'pdf', 'html']) {
      record({
        case: `export ${format}`,
        members: added,
        ...(await exportRun(server, token, campaignId, format)),
      });
    }
    await bench.writeResults('campaigns', sql, {
      data: 'bulk data: 1,000,000 customers, 1,500,000 contacts, 20 owners; 3 campaigns of the picked members',
      results,
    });
  } finally {
    await stop(server);
    await sql.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`port ${port} is in use: pass --port`)));
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/** A word from one joined member's name that few customers share. */
async function rareTerm(sql: Client, campaignId: string): Promise<string> {
  const { rows } = await sql.query(
    `SELECT c.phone FROM campaign_member m JOIN customer c ON c.id = m.customer_id
      WHERE m.campaign_id = $1 AND m.status = 'JOINED' AND c.phone IS NOT NULL LIMIT 1`,
    [campaignId],
  );
  return (rows[0]?.phone as string | undefined)?.slice(-7) ?? 'zzzz';
}

async function exportRun(server: Started, token: string, campaignId: string, format: string) {
  const rss = bench.sampleRss(server.child.pid!);
  const t0 = performance.now();
  const res = await fetch(`${server.url}/files/campaigns/${campaignId}/members.${format}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  let bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
  }
  const ms = performance.now() - t0;
  const memory = rss.stop();
  return {
    status: res.status,
    seconds: Math.round(ms / 100) / 10,
    megabytes: Math.round(bytes / 2 ** 20),
    ...memory,
  };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
