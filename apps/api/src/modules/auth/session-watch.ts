import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

/** The channel the database's triggers (migration 1769500000004) name on every change of a session, user or department. */
export const AUTH_CHANNEL = 'sen_auth';
/** How long a session's reading is trusted without reading it again, however quiet the channel. */
export const TRUST_MS = 30_000;
const RETRY_MS = [250, 1_000, 5_000, 30_000];
/** Every so often the watch notifies itself, and drops (and reconnects) unless it hears itself soon. */
const PING_EVERY_MS = 10_000;
const PING_WAIT_MS = 5_000;

/**
 * Says whether a session's row read earlier still holds, without reading it again: a connection of
 * its own listens on `AUTH_CHANNEL`, which the database's triggers notify after every transaction
 * that changes a session, a user or a department, in this process or any other. Each notice (and
 * each write this process answers, `bump`) starts a new epoch; a reading is trusted only within
 * the epoch it was taken in, for at most `TRUST_MS`. While the connection is down, nothing is
 * trusted (`current` is null) and every request reads its session as before. The watch is live only
 * once it has heard a notice it sent itself, and it sends one every `PING_EVERY_MS`: a connection
 * that silently stopped delivering (a pooler in transaction mode, a half-open socket) is dropped.
 */
export class SessionWatch {
  private epoch = 0;
  private live = false;
  private stopped = false;
  private client: Client | null = null;
  private retries = 0;
  private timer: NodeJS.Timeout | null = null;
  private pinger: NodeJS.Timeout | null = null;
  /** This watch's own notices, told from the triggers' (a table's name) and other instances'. */
  private readonly ping = `ping:${randomUUID()}`;
  private heard: (() => void) | null = null;

  constructor(private readonly url: string) {}

  /** Starts listening (in the background: until it listens, nothing is trusted). */
  start(): void {
    this.stopped = false;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.drop();
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** The epoch a reading taken now belongs to; null while the channel is not heard. */
  current(): number | null {
    return this.live ? this.epoch : null;
  }

  /** Whether a reading taken in `epoch` at `at` (ms) may still be trusted. */
  holds(epoch: number | null, at: number): boolean {
    return this.live && epoch === this.epoch && Date.now() - at < TRUST_MS;
  }

  /** Nothing read before now is trusted any more (a write of this process, answered only after this). */
  bump(): void {
    this.epoch++;
  }

  private drop(): void {
    this.live = false;
    this.epoch++;
    if (this.pinger) {
      clearInterval(this.pinger);
      this.pinger = null;
    }
  }

  private async connect(): Promise<void> {
    const client = new Client({
      connectionString: this.url,
      application_name: 'sen-session-watch',
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    this.client = client;
    client.on('notification', (n) => {
      if (n.payload === this.ping) {
        this.heard?.();
      } else if (!n.payload?.startsWith('ping:')) {
        this.bump();
      }
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${AUTH_CHANNEL}`);
      await this.hearsItself(client);
      if (this.client !== client) {
        return;
      }
      // Whatever changed while no one listened: every reading taken before now is read again.
      this.epoch++;
      this.live = true;
      this.retries = 0;
      this.pinger = setInterval(() => {
        this.hearsItself(client).catch(() => this.lost(client));
      }, PING_EVERY_MS);
      this.pinger.unref();
    } catch {
      this.lost(client);
    }
  }

  /** Sends a notice to itself; resolves when it comes back, rejects after `PING_WAIT_MS`. */
  private async hearsItself(client: Client): Promise<void> {
    const back = new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no notice back')), PING_WAIT_MS);
      t.unref();
      this.heard = () => {
        clearTimeout(t);
        this.heard = null;
        resolve();
      };
    });
    back.catch(() => undefined);
    await client.query('SELECT pg_notify($1, $2)', [AUTH_CHANNEL, this.ping]);
    await back;
  }

  private lost(client: Client): void {
    if (this.client !== client) {
      return;
    }
    this.drop();
    this.client = null;
    void client.end().catch(() => undefined);
    if (this.stopped) {
      return;
    }
    const delay = RETRY_MS[Math.min(this.retries++, RETRY_MS.length - 1)];
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.stopped) {
        void this.connect();
      }
    }, delay);
    this.timer.unref();
  }
}
