import { z } from 'zod';
import { optionalEmail, optionalPhone, optionalTaxCode, optionalText } from './fields';

/** PAR-01 company profile: the header of every printed document. */
export const companyProfileSchema = z.object({
  name: optionalText(255),
  taxCode: optionalTaxCode,
  address: optionalText(500),
  phone: optionalPhone,
  email: optionalEmail,
  website: optionalText(255),
  bankAccount: optionalText(50),
  bankName: optionalText(255),
  representative: optionalText(255),
  version: z.number().int(),
});
export type CompanyProfileValues = z.input<typeof companyProfileSchema>;

/** Logo uploads: PNG or JPEG, at most this many bytes. */
export const COMPANY_LOGO_MAX_BYTES = 512 * 1024;
