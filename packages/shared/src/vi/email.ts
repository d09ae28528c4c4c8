/** Stored and compared form of an e-mail address (CUS-06: case-insensitive, trimmed). */
export function normalizeEmail(s: string): string {
  return s.trim().toLowerCase();
}
