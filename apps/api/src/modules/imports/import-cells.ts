import { convertOldMobilePrefix, foldVietnamese, formatDateVi, parseDateVi } from '@sen/shared';
import type { Cell } from './import-file.reader';

/** A cell as the text a user would have typed into the form. */
export function cellText(cell: Cell | undefined): string | undefined {
  if (cell === null || cell === undefined) {
    return undefined;
  }
  if (typeof cell === 'string') {
    return cell;
  }
  if (typeof cell === 'number') {
    return Number.isInteger(cell) ? BigInt(cell).toString() : String(cell);
  }
  if (typeof cell === 'boolean') {
    return cell ? 'TRUE' : 'FALSE';
  }
  return formatDateVi(cell.date);
}

/** a real date cell keeps its day; text is read as dd/MM/yyyy (anything else fails `v.date`). */
export function cellDate(cell: Cell | undefined): string | undefined {
  if (cell === null || cell === undefined) {
    return undefined;
  }
  if (typeof cell === 'object') {
    return cell.date;
  }
  const text = cellText(cell)!;
  return parseDateVi(text) ?? text;
}

/**
 * A phone as typed. A number cell has lost its leading zero (912345678), so a 9-digit number gets
 * it back; old 11-digit mobile prefixes are converted only when the user asked for it.
 */
export function cellPhone(cell: Cell | undefined, convertOld: boolean): string | undefined {
  let text = cellText(cell);
  if (text === undefined) {
    return undefined;
  }
  if (typeof cell === 'number' && /^[1-9]\d{8,9}$/.test(text)) {
    text = `0${text}`;
  }
  return convertOld ? convertOldMobilePrefix(text) : text;
}

/** Several values in one cell: `VIP, Hà Nội; Đối tác`. */
export function cellList(cell: Cell | undefined): string[] | undefined {
  const text = cellText(cell);
  if (text === undefined) {
    return undefined;
  }
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** An enum value from its code or its label in either language (`B2C`, `Cá nhân (B2C)`, `Cá nhân`). */
export function cellEnum<T extends string>(
  cell: Cell | undefined,
  labels: Record<T, readonly string[]>,
): T | undefined | { invalid: string } {
  const text = cellText(cell);
  if (text === undefined) {
    return undefined;
  }
  const key = foldVietnamese(text);
  for (const [value, names] of Object.entries(labels) as [T, readonly string[]][]) {
    if (foldVietnamese(value) === key || names.some((n) => foldVietnamese(n) === key)) {
      return value;
    }
  }
  return { invalid: text };
}

/**
 * an amount in VND as an integer string (`1.250.000 ₫`, `1,250,000`, `1250000` → `1250000`);
 * the text itself when it is not a whole number of đồng, so the schema refuses it (a fraction in a
 * number cell too). For the money fields of later modules (contracts).
 */
export function cellMoney(cell: Cell | undefined): string | undefined {
  if (typeof cell === 'number') {
    return String(cell);
  }
  const text = cellText(cell);
  if (text === undefined) {
    return undefined;
  }
  const compact = text.replace(/[\s\u00a0₫]|VND|đ$/gi, '');
  // Thousands grouped by "." (Vietnamese) or "," (English), never a decimal part.
  if (/^-?\d{1,3}([.,]\d{3})+$/.test(compact)) {
    return compact.replace(/[.,]/g, '');
  }
  return /^-?\d+$/.test(compact) ? compact : text;
}
