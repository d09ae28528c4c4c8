const SEPARATORS = /[\s.\-()]/g;
const MOBILE = /^0[35789]\d{8}$/;
const LANDLINE = /^02\d{9}$/;

/** Digits in national form (`0…`) without validating the number, or null when not digits. */
function toNationalDigits(input: string): string | null {
  const compact = input.replace(SEPARATORS, '');
  const international = compact.match(/^(?:\+|00)?84(\d+)$/);
  if (international) {
    // `+84 (0) 912…` keeps its trunk zero once the brackets are gone.
    return `0${international[1].replace(/^0/, '')}`;
  }
  return /^\d+$/.test(compact) ? compact : null;
}

function isValidNational(digits: string): boolean {
  return MOBILE.test(digits) || LANDLINE.test(digits);
}

/** `+84 912 345 678` → `0912345678`; `024 7300 4666` → `02473004666`; null when not a valid number. */
export function normalizePhone(input: string): string | null {
  const digits = toNationalDigits(input);
  return digits !== null && isValidNational(digits) ? digits : null;
}

export function isValidPhone(input: string): boolean {
  return normalizePhone(input) !== null;
}

/** 11-digit mobile prefixes retired in 2018, mapped to their 10-digit replacements. */
const OLD_MOBILE_PREFIXES: Readonly<Record<string, string>> = {
  // Viettel
  '0162': '032',
  '0163': '033',
  '0164': '034',
  '0165': '035',
  '0166': '036',
  '0167': '037',
  '0168': '038',
  '0169': '039',
  // MobiFone
  '0120': '070',
  '0121': '079',
  '0122': '077',
  '0126': '076',
  '0128': '078',
  // VinaPhone
  '0123': '083',
  '0124': '084',
  '0125': '085',
  '0127': '081',
  '0129': '082',
  // Vietnamobile
  '0186': '056',
  '0188': '058',
  // Gmobile
  '0199': '059',
};

/** `0169 123 4567` → `0391234567`; any other input is returned unchanged. */
export function convertOldMobilePrefix(phone: string): string {
  const digits = toNationalDigits(phone);
  if (digits === null || digits.length !== 11) {
    return phone;
  }
  const replacement = OLD_MOBILE_PREFIXES[digits.slice(0, 4)];
  return replacement === undefined ? phone : replacement + digits.slice(4);
}
