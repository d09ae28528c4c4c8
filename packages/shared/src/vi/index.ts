export { formatDateTimeVi, formatDateVi, parseDateVi } from './date';
export { normalizeEmail } from './email';
export { formatCompactVnd } from './compact-money';
export { formatNumberVi, formatVnd } from './money';
export { convertOldMobilePrefix, isValidPhone, normalizePhone } from './phone';
export { isValidTaxCode, normalizeTaxCode } from './tax-code';
export { foldVietnamese, normalizeText } from './text';
