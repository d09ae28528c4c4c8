import {
  addDays,
  annualReminderDates,
  dueWindow,
  employeeBirthdayDate,
  monthDayKeys,
  vietnamDay,
} from '@sen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import type { SystemParametersService } from '../settings/system-parameters.service';
import { Reminder, ReminderKindEnum } from './reminder.entity';

interface Row {
  id: string;
  name: string;
  day: string;
  email: string | null;
  subtitle?: string | null;
}

/** One collator: `localeCompare(…, 'vi')` would build one per comparison. */
const VI = new Intl.Collator('vi');

/** A reminder of a row (a panel holds thousands: no object but the reminder itself is made). */
function make(kind: ReminderKindEnum, date: string, r: Omit<Row, 'day'>): Reminder {
  const reminder = new Reminder();
  reminder.kind = kind;
  reminder.date = date;
  reminder.recordId = r.id;
  reminder.title = r.name;
  reminder.subtitle = r.subtitle ?? null;
  reminder.email = r.email;
  return reminder;
}

/** The reminders of the rows that have a date (`dateOf` null: not shown). */
function remindersOf(
  kind: ReminderKindEnum,
  rows: Row[],
  dateOf: (day: string) => string | null,
): Reminder[] {
  const out: Reminder[] = [];
  for (const r of rows) {
    const date = dateOf(r.day);
    if (date) {
      out.push(make(kind, date, r));
    }
  }
  return out;
}

/**
 * REM-01..04 for one user: the company's employee birthdays; anniversaries, contact birthdays,
 * contract expiries, instalments due and tasks of the caller's own book (customers owned by or shared with them, contacts they own or of
 * those shared customers, activities assigned to them). Dates follow the shared rules (year
 * boundary, 29 February, the Asia/Ho_Chi_Minh day); yearly events are read through (owner, month-day)
 * indexes, never by scanning every contact.
 */
export class ReminderService {
  constructor(
    private readonly ds: DataSource,
    private readonly params: SystemParametersService,
  ) {}

  forUser(caller: AuthUser, date?: string | null, now = new Date()): Promise<Reminder[]> {
    return this.collect(this.ds.manager, caller, date ?? vietnamDay(now));
  }

  /**
   * The kinds are independent reads, sent at once: each takes its own pooled connection (the
   * server's sessions already run without parallel workers, db/database.ts), so a user's panel
   * costs about its longest read rather than their sum; the embedded database runs them in turn.
   */
  private async collect(m: EntityManager, caller: AuthUser, today: string): Promise<Reminder[]> {
    const p = await this.params.get(m);

    const employees = async (): Promise<Reminder[]> => {
      const month = Number(today.slice(5, 7));
      const users: Row[] = await m.query(
        `SELECT id, name, birthday::text AS day, email FROM app_user
          WHERE active AND birthday IS NOT NULL AND extract(month FROM birthday) = $1`,
        [month],
      );
      return remindersOf(ReminderKindEnum.EMPLOYEE_BIRTHDAY, users, (day) =>
        employeeBirthdayDate(day, today),
      );
    };

    /** A yearly day within `days` of today: the rows are read for those month-days ($2) of the caller ($1). */
    const annual = async (kind: ReminderKindEnum, days: number, sql: string): Promise<Reminder[]> => {
      const rows: Row[] = await m.query(sql, [caller.id, monthDayKeys(today, days)]);
      return remindersOf(kind, rows, annualReminderDates(today, days));
    };

    const tasks = async (): Promise<Reminder[]> => {
      const window = dueWindow(today, p.taskReminderDays);
      const rows: (Omit<Row, 'day'> & { due_at: Date })[] = await m.query(
        `SELECT a.id, a.name, a.due_at, NULL AS email FROM activity a
          WHERE a.assignee_id = $1 AND a.deleted_at IS NULL AND a.status IN ('PLANNED', 'IN_PROGRESS')
            AND a.due_at >= $2 AND a.due_at < $3
          ORDER BY a.due_at LIMIT 500`,
        [caller.id, window.from, window.to],
      );
      return rows.map((t) => make(ReminderKindEnum.TASK_DUE, vietnamDay(t.due_at), t));
    };

    const parts = await Promise.all([
      employees(),
      annual(
        ReminderKindEnum.CUSTOMER_ANNIVERSARY,
        p.anniversaryReminderDays,
        `SELECT c.id, c.name, c.founded_on::text AS day, c.email FROM customer c
          WHERE c.owner_id = $1 AND c.deleted_at IS NULL AND c.founded_on IS NOT NULL
            AND sen_mmdd(c.founded_on) = ANY($2::int[])
         UNION
         SELECT c.id, c.name, c.founded_on::text, c.email FROM customer_share s JOIN customer c ON c.id = s.customer_id
          WHERE s.user_id = $1 AND c.deleted_at IS NULL AND sen_mmdd(c.founded_on) = ANY($2::int[])`,
      ),
      // Deleted customers take their contacts to the trash too, so the contact's own flag suffices.
      annual(
        ReminderKindEnum.CONTACT_BIRTHDAY,
        p.contactBirthdayReminderDays,
        `WITH hit AS (
           SELECT t.id, t.name, t.birthday, t.email, t.customer_id FROM contact t
            WHERE t.owner_id = $1 AND t.deleted_at IS NULL AND t.birthday IS NOT NULL
              AND sen_mmdd(t.birthday) = ANY($2::int[])
           UNION
           SELECT t.id, t.name, t.birthday, t.email, t.customer_id FROM customer_share s
             JOIN contact t ON t.customer_id = s.customer_id
            WHERE s.user_id = $1 AND t.deleted_at IS NULL AND t.birthday IS NOT NULL
              AND sen_mmdd(t.birthday) = ANY($2::int[]))
         SELECT h.id, h.name, h.birthday::text AS day, h.email, c.name AS subtitle
           FROM hit h LEFT JOIN customer c ON c.id = h.customer_id`,
      ),
      tasks(),
      ...this.contractReminders(m, caller, today, p),
    ]);

    return parts
      .flat()
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : VI.compare(a.title, b.title)));
  }

  /**
   * REM-03: contracts of the caller's book (theirs, or of a customer they own or that is shared with
   * them) whose validity ends within the PAR-04 days, and those with an unpaid instalment due within
   * theirs (one reminder per contract: its earliest such instalment).
   */
  private contractReminders(
    m: EntityManager,
    caller: AuthUser,
    today: string,
    p: { contractExpiryReminderDays: number; paymentReminderDays: number },
  ): Promise<Reminder[]>[] {
    // Each window is read from the caller's side: their contracts, their customers' contracts (the
    // copy of the customer's owner on the contract, and on each instalment: migrations 1768400000001
    // and 1769500000001), and the contracts of the customers shared with them. Read over the window
    // of everyone, a STAFF user's week of instalments read 7,629 rows with their contracts for 347.
    const shares = `SELECT s.customer_id FROM customer_share s WHERE s.user_id = $1`;
    /** One kind's rows ($1 the caller, $2..$3 its window), as reminders. */
    const read = (kind: ReminderKindEnum, sql: string, days: number) =>
      m
        .query(sql, [caller.id, today, addDays(today, days)])
        .then((rows: Row[]) => rows.map((r) => make(kind, r.day, r)));
    // Each way reads what the reminder shows (not only the id, to read each contract again).
    const expiring = read(
      ReminderKindEnum.CONTRACT_EXPIRY,
      `WITH hit AS (${['c.owner_id = $1', 'c.customer_owner_id = $1', `c.customer_id IN (${shares})`]
        .map(
          (way) => `SELECT c.id, c.number, c.valid_to, c.customer_id FROM contract c
             WHERE ${way} AND c.valid_to BETWEEN $2 AND $3 AND c.deleted_at IS NULL
               AND c.status IN ('DRAFT', 'ACTIVE')`,
        )
        .join(' UNION ')})
       SELECT hit.id, hit.number AS name, hit.valid_to::text AS day, NULL AS email, cu.name AS subtitle
         FROM hit JOIN customer cu ON cu.id = hit.customer_id
        WHERE cu.deleted_at IS NULL
        ORDER BY hit.valid_to, hit.number LIMIT 500`,
      p.contractExpiryReminderDays,
    );
    const unpaid = 'i.due_date BETWEEN $2 AND $3 AND i.received < i.amount';
    const due = read(
      ReminderKindEnum.PAYMENT_DUE,
      `WITH hit AS (
         ${['i.owner_id = $1', 'i.customer_owner_id = $1']
           .map(
             (way) =>
               `SELECT i.contract_id, i.due_date FROM contract_instalment i WHERE ${way} AND ${unpaid}`,
           )
           .join(' UNION ALL ')}
         UNION ALL
         SELECT i.contract_id, i.due_date FROM contract c JOIN contract_instalment i ON i.contract_id = c.id
          WHERE c.customer_id IN (${shares}) AND c.deleted_at IS NULL AND ${unpaid})
       SELECT DISTINCT ON (c.id) c.id, c.number AS name, hit.due_date::text AS day, NULL AS email,
              cu.name AS subtitle
         FROM hit JOIN contract c ON c.id = hit.contract_id JOIN customer cu ON cu.id = c.customer_id
        WHERE c.deleted_at IS NULL AND cu.deleted_at IS NULL
          AND c.status NOT IN ('CANCELLED', 'LIQUIDATED')
        ORDER BY c.id, hit.due_date LIMIT 500`,
      p.paymentReminderDays,
    );
    return [expiring, due];
  }
}
