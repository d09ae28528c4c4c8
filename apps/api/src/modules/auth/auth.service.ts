import { createHash, randomBytes } from 'node:crypto';
import { AppError, changePasswordSchema, loadPasswordEstimator, loginSchema, parseInput } from '@sen/shared';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { preparedRows } from '../../db/prepared';
import { rawHydrator } from '../../graphql/hydrate';
import { SessionWatch } from './session-watch';
import { VerifiedTokens, type Seen } from './verified-tokens';
import type { DataSource } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { auditText } from '../../core/audit-text';
import { AttemptLimit } from '../../core/attempt-limit';
import { endSessions } from '../../core/sessions';
import { UUID } from '../../core/sql';
import type { AuditService } from '../audit/audit.service';
import { Department } from '../user/department.entity';
import { User } from '../user/user.entity';
import { hashPassword, verifyPassword } from './password';

export const API_TOKEN_PREFIX = 'sen_pat_';

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export function newApiTokenSecret(): string {
  return API_TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export interface AuthOptions {
  jwtSecret: string;
  tokenTtlHours: number;
  /** PostgreSQL's address: sessions read once are then trusted while its notices say nothing changed. */
  databaseUrl?: string;
}

export interface Authenticated {
  auth: AuthUser;
  /** The caller's row as just read, so the request need not read it again. */
  user: User;
  /** The caller's department, read with their row (a session's lookup), so `me` need not read it. */
  department?: Department | null;
  /** A session's row (user and department) as text: two readings that agree name the same caller. */
  fingerprint?: string;
}

function authenticated(u: User, via: AuthUser['via'], sessionId: string, readOnly = false): Authenticated {
  return {
    auth: {
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      departmentId: u.departmentId,
      via,
      sessionId,
      readOnly,
    },
    user: u,
  };
}

export class AuthService {
  private readonly key: Uint8Array;
  private readonly verified = new VerifiedTokens();
  /** On PostgreSQL: whether a session read earlier still holds (the embedded database reads it on every request). */
  private readonly watch: SessionWatch | null;
  private readonly userSql: string;
  private readonly userFromRaw: (raw: Record<string, unknown>) => User;
  private readonly departmentFromRaw: (raw: Record<string, unknown>) => Department;
  /** Per e-mail: 5 guesses in 15 minutes, then locked for 5 minutes (a success starts over). */
  private readonly byEmail: AttemptLimit;
  /** Per address: a wider net against guessing across many e-mails (only failures stay counted). */
  private readonly byAddress: AttemptLimit;
  /** Per user, on changePassword's current password. */
  private readonly byUser: AttemptLimit;

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly options: AuthOptions,
  ) {
    this.key = new TextEncoder().encode(options.jwtSecret);
    this.watch = options.databaseUrl ? new SessionWatch(options.databaseUrl) : null;
    this.byEmail = new AttemptLimit(ds, 'login:email', { max: 5, windowMs: 15 * 60_000, lockMs: 5 * 60_000 });
    this.byAddress = new AttemptLimit(ds, 'login:address', {
      max: 50,
      windowMs: 15 * 60_000,
      lockMs: 15 * 60_000,
    });
    this.byUser = new AttemptLimit(ds, 'password:user', {
      max: 5,
      windowMs: 15 * 60_000,
      lockMs: 5 * 60_000,
    });
    // The caller's row through their session's (an ended session finds nothing), and their
    // department, which every screen's `me` asks for: one statement.
    this.userSql = ds
      .getRepository(User)
      .createQueryBuilder('u')
      .innerJoin('auth_session', 's', 's.user_id = u.id')
      .leftJoinAndSelect(Department, 'd', 'd.id = u.department_id')
      .where('s.id = $1 AND s.ended_at IS NULL')
      .getQuery();
    this.userFromRaw = rawHydrator(ds, User, 'u');
    this.departmentFromRaw = rawHydrator(ds, Department, 'd');
  }

  async login(
    emailInput: string,
    password: string,
    ip: string,
  ): Promise<{ token: string; user: User; expiresAt: Date }> {
    const { email } = parseInput(loginSchema, { email: emailInput, password });
    // Counted before the hash is checked, in one atomic statement each: however many guesses race,
    // at most the allowed number is ever verified.
    await this.byEmail.take(email);
    await this.byAddress.take(ip);
    const found = await this.ds
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email })
      .getOne();
    const ok = await verifyPassword(found?.passwordHash ?? null, password);
    if (!found || !ok) {
      throw new AppError('UNAUTHENTICATED', { messageKey: 'auth.invalidCredentials' });
    }
    if (!found.active) {
      throw new AppError('UNAUTHENTICATED', { messageKey: 'auth.inactive' });
    }
    await this.byEmail.reset(email);
    await this.byAddress.giveBack(ip);
    await this.ds.transaction((m) =>
      this.audit.record(m, {
        action: 'LOGIN',
        module: 'auth',
        recordId: found.id,
        userId: found.id,
        description: auditText('auth.login', { email: found.email }),
      }),
    );
    const ttlMs = this.options.tokenTtlHours * 3_600_000;
    const [session]: { id: string; expires_at: Date }[] = await this.ds.query(
      `INSERT INTO auth_session (user_id, expires_at) VALUES ($1, now() + $2 * interval '1 millisecond')
       RETURNING id, expires_at`,
      [found.id, ttlMs],
    );
    const token = await new SignJWT({ typ: 'session', sid: session.id })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(found.id)
      .setIssuedAt()
      .setExpirationTime(Math.floor(session.expires_at.getTime() / 1000))
      .sign(this.key);
    return { token, user: found, expiresAt: session.expires_at };
  }

  /** Ends the calling session (or revokes the calling API token) at once. */
  async logout(caller: AuthUser): Promise<boolean> {
    if (!caller.sessionId) {
      return false;
    }
    if (caller.via === 'apiToken') {
      await this.ds.query('UPDATE api_token SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [
        caller.sessionId,
      ]);
    } else {
      await this.ds.query('UPDATE auth_session SET ended_at = now() WHERE id = $1 AND ended_at IS NULL', [
        caller.sessionId,
      ]);
    }
    return true;
  }

  /** Resolves a bearer token (a session token from login, or a personal API token). */
  async authenticate(bearer: string): Promise<Authenticated> {
    if (bearer.startsWith(API_TOKEN_PREFIX)) {
      return this.authenticateApiToken(bearer);
    }
    let userId: string;
    let sessionId: string;
    try {
      const known = this.verified.get(bearer);
      if (known) {
        if (known.expiresAt <= Date.now()) {
          this.verified.forget(bearer);
          throw new joseErrors.JWTExpired('expired', {});
        }
        userId = known.userId;
        sessionId = known.sessionId;
      } else {
        const { payload } = await jwtVerify(bearer, this.key, { algorithms: ['HS256'] });
        if (
          payload.typ !== 'session' ||
          typeof payload.sub !== 'string' ||
          typeof payload.sid !== 'string' ||
          !UUID.test(payload.sid) ||
          typeof payload.exp !== 'number'
        ) {
          throw new AppError('UNAUTHENTICATED', { messageKey: 'auth.tokenInvalid' });
        }
        userId = payload.sub;
        sessionId = payload.sid;
        this.verified.remember(bearer, userId, sessionId, payload.exp * 1000);
      }
    } catch (err) {
      if (err instanceof joseErrors.JWTExpired) {
        throw new AppError('UNAUTHENTICATED', { messageKey: 'auth.tokenExpired' });
      }
      throw new AppError('UNAUTHENTICATED', { messageKey: 'auth.tokenInvalid' });
    }
    // Looked up on every request not `trusted`, so an ended session or a deactivated user is shut out at once.
    const when = this.readingNow();
    const [row] = await preparedRows(this.ds, this.userSql, [sessionId]);
    const found = row ? this.fromRow(row, sessionId) : null;
    const user = found?.user;
    if (!found || !user || user.id !== userId || !user.active) {
      this.verified.saw(bearer, undefined);
      // Only on refusal: say "deactivated" when that is why the session ended.
      const owner = user?.id === userId ? user : await this.userById(userId);
      throw new AppError('UNAUTHENTICATED', {
        messageKey: owner && !owner.active ? 'auth.inactive' : 'auth.tokenInvalid',
      });
    }
    const fingerprint = JSON.stringify(row);
    this.verified.saw(bearer, { row, fingerprint, ...when });
    return { ...found, fingerprint };
  }

  /**
   * Whether the token's session still reads as `fingerprint` (what `assumed` answered): the same
   * check as `authenticate`, without building the caller again when the row is unchanged (the row
   * that passed every check before passes them again: an ended session reads no row at all).
   */
  async confirms(bearer: string, fingerprint: string): Promise<boolean> {
    const known = this.verified.get(bearer);
    if (known && known.expiresAt > Date.now() && known.seen?.fingerprint === fingerprint) {
      const when = this.readingNow();
      const [row] = await preparedRows(this.ds, this.userSql, [known.sessionId]);
      if (row && JSON.stringify(row) === fingerprint) {
        this.verified.saw(bearer, { row, fingerprint, ...when });
        return true;
      }
    }
    return this.authenticate(bearer).then(
      (now) => now.fingerprint === fingerprint,
      () => false,
    );
  }

  /**
   * Who a session token's caller was when its last request checked it (the same as
   * `authenticate` answered then, built afresh), or null: a request may start on it while
   * `authenticate` checks the session again, and keep its answer only if both readings agree.
   */
  assumed(bearer: string): (Authenticated & { fingerprint: string }) | null {
    const known = this.lastReading(bearer);
    return known && { ...this.fromRow(known.seen.row, known.sessionId), fingerprint: known.seen.fingerprint };
  }

  /**
   * The caller of a session token whose row was read in the session watch's current epoch (no
   * session, user or department has changed since, here or in another process) within the last
   * `TRUST_MS`: the request runs on it without reading the row again. Null otherwise.
   */
  trusted(bearer: string): Authenticated | null {
    const known = this.lastReading(bearer);
    return known && this.watch?.holds(known.seen.epoch, known.seen.at)
      ? this.fromRow(known.seen.row, known.sessionId)
      : null;
  }

  /** A session token's unexpired entry with the row its last check read (API tokens have none). */
  private lastReading(bearer: string): { sessionId: string; seen: Seen } | null {
    const known = bearer.startsWith(API_TOKEN_PREFIX) ? undefined : this.verified.get(bearer);
    return known?.seen && known.expiresAt > Date.now()
      ? { sessionId: known.sessionId, seen: known.seen }
      : null;
  }

  /** When a session's row is read: the watch's epoch then (null: not watched) and the time. */
  private readingNow(): Pick<Seen, 'epoch' | 'at'> {
    return { epoch: this.watch?.current() ?? null, at: Date.now() };
  }

  /**
   * After a write this process answered (sent only after this): the writer's next request checks its
   * session before it starts, and no one's session read before the write is trusted any more.
   */
  forgetAssumed(bearer: string | null): void {
    if (bearer) {
      this.verified.saw(bearer, undefined);
    }
    this.watch?.bump();
  }

  /** Starts listening for changes of sessions, users and departments (PostgreSQL only). */
  startWatch(): void {
    this.watch?.start();
  }

  async stopWatch(): Promise<void> {
    await this.watch?.stop();
  }

  /** The session watch's epoch (it moves with each notice and each write answered here); null while not listening. */
  watchEpoch(): number | null {
    return this.watch?.current() ?? null;
  }

  /** The caller's row and department from a session's row, hydrated without TypeORM's transformer. */
  private fromRow(row: Record<string, unknown>, sessionId: string): Authenticated {
    return {
      ...authenticated(this.userFromRaw(row), 'session', sessionId),
      department: row.d_id ? this.departmentFromRaw(row) : null,
    };
  }

  private async userById(id: string): Promise<User | null> {
    return UUID.test(id) ? this.ds.getRepository(User).findOneBy({ id }) : null;
  }

  private async authenticateApiToken(bearer: string): Promise<Authenticated> {
    const rows: { token_id: string; last_used_at: Date | null; user_id: string; read_only: boolean }[] =
      await this.ds.query(
        `SELECT t.id AS token_id, t.last_used_at, t.user_id, t.read_only
           FROM api_token t
          WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now())`,
        [sha256(bearer)],
      );
    const row = rows[0];
    const user = row ? await this.userById(row.user_id) : null;
    if (!row || !user || !user.active) {
      throw new AppError('UNAUTHENTICATED', {
        messageKey: user && !user.active ? 'auth.inactive' : 'auth.tokenInvalid',
      });
    }
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
      await this.ds.query('UPDATE api_token SET last_used_at = now() WHERE id = $1', [row.token_id]);
    }
    return authenticated(user, 'apiToken', row.token_id, row.read_only);
  }

  async changePassword(caller: AuthUser, currentPassword: string, newPassword: string): Promise<boolean> {
    await loadPasswordEstimator(); // loaded once; the password rule needs it
    const values = parseInput(changePasswordSchema, { currentPassword, newPassword });
    await this.byUser.take(caller.id);
    const found = await this.ds
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.id = :id', { id: caller.id })
      .getOneOrFail();
    if (!(await verifyPassword(found.passwordHash, values.currentPassword))) {
      throw new AppError('BAD_USER_INPUT', {
        messageKey: 'auth.wrongCurrentPassword',
        details: { fieldErrors: [{ field: 'currentPassword', message: 'auth.wrongCurrentPassword' }] },
      });
    }
    await this.byUser.reset(caller.id);
    const passwordHash = await hashPassword(values.newPassword);
    await this.ds.transaction(async (m) => {
      await m.update(User, { id: caller.id }, { passwordHash, version: () => 'version + 1' });
      // Every other session ends (a stolen one included); the caller's own goes on.
      await endSessions(m, caller.id, {
        exceptSessionId: caller.via === 'session' ? caller.sessionId : null,
      });
      await this.audit.record(m, {
        action: 'UPDATE',
        module: 'user',
        recordId: caller.id,
        userId: caller.id,
        description: auditText('user.password'),
        changes: { password: { from: '***', to: '***' } },
      });
    });
    return true;
  }
}
