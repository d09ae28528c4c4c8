import { foldVietnamese } from '@sen/shared';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../core/caller';
import { cellText } from './import-cells';
import type { ImportRow } from './import-module';

/**
 * The owner column ("Chủ sở hữu"): a user's e-mail or full name (an export writes the name), among
 * active users. The same rule as the form: STAFF create only for themselves, managers and admins
 * for any active user. It sets the owner of the records a run creates; an update keeps the owner
 * (moving a customer is a transfer, with its own history).
 */
export class OwnerLookup {
  private constructor(
    private readonly byEmail: Map<string, string>,
    private readonly byName: Map<string, string[]>,
  ) {}

  static async load(m: EntityManager): Promise<OwnerLookup> {
    const users: { id: string; email: string; name: string }[] = await m.query(
      'SELECT id, email, name FROM app_user WHERE active',
    );
    const byEmail = new Map(users.map((u) => [u.email.toLowerCase(), u.id]));
    const byName = new Map<string, string[]>();
    for (const u of users) {
      const key = foldVietnamese(u.name);
      byName.set(key, [...(byName.get(key) ?? []), u.id]);
    }
    return new OwnerLookup(byEmail, byName);
  }

  /** Sets `values.ownerId` of the rows whose owner cell names an allowed user; refuses the others. */
  apply(rows: ImportRow[], caller: AuthUser): void {
    for (const row of rows) {
      const value = cellText(row.raw.owner)?.trim();
      if (!value) {
        continue;
      }
      const byName = this.byName.get(foldVietnamese(value)) ?? [];
      const id = this.byEmail.get(value.toLowerCase()) ?? (byName.length === 1 ? byName[0] : undefined);
      if (!id) {
        const message = byName.length > 1 ? 'import.ambiguousOwner' : 'import.unknownOwner';
        row.errors.push({ field: 'owner', message, params: { value } });
      } else if (caller.role === 'STAFF' && id !== caller.id) {
        row.errors.push({ field: 'owner', message: 'import.ownerNotAllowed' });
      } else {
        row.values.ownerId = id;
      }
    }
  }
}
