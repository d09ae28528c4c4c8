const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

// check = 10 - (Σ digit[i]·weight[i] mod 11) over the first 9 digits; a result of 10 has no digit, so no valid code.
function hasValidCheckDigit(tenDigits: string): boolean {
  const sum = WEIGHTS.reduce((acc, weight, i) => acc + weight * Number(tenDigits[i]), 0);
  return 10 - (sum % 11) === Number(tenDigits[9]);
}

function isValidCompact(code: string): boolean {
  if (/^\d{12}$/.test(code)) {
    return true; // personal ID number used as a tax code: no check digit
  }
  const match = code.match(/^(\d{10})(?:-\d{3})?$/);
  return match !== null && hasValidCheckDigit(match[1]);
}

/** `0101245486 - 001` → `0101245486-001`; null when the code is not valid. */
export function normalizeTaxCode(input: string): string | null {
  const compact = input.replace(/\s+/g, '');
  return isValidCompact(compact) ? compact : null;
}

export function isValidTaxCode(input: string): boolean {
  return normalizeTaxCode(input) !== null;
}
