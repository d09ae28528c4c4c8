import { AppError, COMPANY_LOGO_MAX_BYTES, companyProfileSchema, parseInput } from '@sen/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { PrintCompany } from '../../core/print/printable';
import { diffChanges } from '../../core/audit';
import { auditText } from '../../core/audit-text';
import { assertAdmin, type AuthUser } from '../../core/caller';
import type { AuditService } from '../audit/audit.service';
import { SystemParameters } from '../settings/system-parameters.entity';
import { type CompanyProfile, CompanyProfileRow } from './company-profile.entity';
import type { CompanyProfileInput } from './company.inputs';

const FIELDS: (keyof CompanyProfile & string)[] = [
  'name',
  'taxCode',
  'address',
  'phone',
  'email',
  'website',
  'bankAccount',
  'bankName',
  'representative',
];

export const LOGO_PATH = '/files/company/logo';

export const logoTooLarge = () =>
  new AppError('BAD_USER_INPUT', {
    messageKey: 'company.logoTooLarge',
    params: { maxKb: COMPANY_LOGO_MAX_BYTES / 1024 },
  });

/** What a PNG or a JPEG file starts with. */
function imageType(data: Buffer): 'image/png' | 'image/jpeg' | null {
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'image/png';
  }
  if (data.length > 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) {
    return 'image/jpeg';
  }
  return null;
}

export class CompanyService {
  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
  ) {}

  private async read(m: EntityManager, lock = false): Promise<CompanyProfile> {
    const q = m.createQueryBuilder(CompanyProfileRow, 'c').where('c.id = 1');
    const row = await (lock ? q.setLock('pessimistic_write') : q).getOneOrFail();
    const params = await m.findOneByOrFail(SystemParameters, { id: 1 });
    const { id: _id, logo: _logo, logoType, logoUpdatedAt, ...rest } = row;
    return {
      ...rest,
      name: params.companyName,
      logoUrl: logoType && logoUpdatedAt ? `${LOGO_PATH}?v=${logoUpdatedAt.getTime()}` : null,
    };
  }

  /** Readable by every user: it heads the documents they print. */
  get(): Promise<CompanyProfile> {
    return this.read(this.ds.manager);
  }

  async update(caller: AuthUser, input: CompanyProfileInput): Promise<CompanyProfile> {
    assertAdmin(caller);
    const values = parseInput(companyProfileSchema, input);
    return this.ds.transaction(async (m) => {
      const before = await this.read(m, true);
      if (values.version !== before.version) {
        throw new AppError('CONFLICT', { details: { currentVersion: before.version } });
      }
      const { version: _v, name, ...rest } = values;
      const after = { ...rest, name } as Partial<CompanyProfile>;
      const changes = diffChanges(before, after, FIELDS);
      if (changes) {
        if (name !== undefined) {
          await m.update(
            SystemParameters,
            { id: 1 },
            { companyName: name ?? null, version: () => 'version + 1' },
          );
        }
        await m.update(CompanyProfileRow, { id: 1 }, { ...rest, version: () => 'version + 1' });
        await this.audit.record(m, {
          action: 'UPDATE',
          module: 'settings',
          recordId: 'company_profile',
          userId: caller.id,
          description: auditText('settings.company'),
          changes,
        });
      }
      return this.read(m);
    });
  }

  /** A PNG or JPEG of at most COMPANY_LOGO_MAX_BYTES replaces the logo; anything else changes nothing. */
  async setLogo(caller: AuthUser, data: Buffer): Promise<CompanyProfile> {
    assertAdmin(caller);
    if (data.length > COMPANY_LOGO_MAX_BYTES) {
      throw logoTooLarge();
    }
    const type = imageType(data);
    if (!type) {
      throw new AppError('BAD_USER_INPUT', { messageKey: 'company.logoType' });
    }
    return this.writeLogo(caller, data, type);
  }

  removeLogo(caller: AuthUser): Promise<CompanyProfile> {
    assertAdmin(caller);
    return this.writeLogo(caller, null, null);
  }

  private writeLogo(caller: AuthUser, data: Buffer | null, type: string | null): Promise<CompanyProfile> {
    return this.ds.transaction(async (m) => {
      await m.query(
        `UPDATE company_profile SET logo = $1, logo_type = $2, logo_updated_at = CASE WHEN $2::text IS NULL
           THEN NULL ELSE clock_timestamp() END, version = version + 1 WHERE id = 1`,
        [data, type],
      );
      await this.audit.record(m, {
        action: 'UPDATE',
        module: 'settings',
        recordId: 'company_profile',
        userId: caller.id,
        description: auditText(data ? 'settings.companyLogo' : 'settings.companyLogoRemoved'),
        changes: { logo: { from: '…', to: data ? `${type}, ${data.length} B` : null } },
      });
      return this.read(m);
    });
  }

  async logo(): Promise<{ data: Buffer; type: string; updatedAt: Date } | null> {
    const [row] = (await this.ds.query(
      'SELECT logo, logo_type, logo_updated_at FROM company_profile WHERE id = 1 AND logo IS NOT NULL',
    )) as { logo: Buffer; logo_type: string; logo_updated_at: Date }[];
    return row ? { data: row.logo, type: row.logo_type, updatedAt: row.logo_updated_at } : null;
  }

  /** The header of a printed document, with the logo's bytes. */
  async forPrint(): Promise<PrintCompany> {
    const [profile, logo] = await Promise.all([this.get(), this.logo()]);
    return {
      ...profile,
      name: profile.name ?? '',
      logo: logo ? { data: logo.data, format: logo.type === 'image/png' ? 'PNG' : 'JPEG' } : null,
    };
  }
}
