const WHITESPACE_RUN = /\s+/g;
const COMBINING_MARK = /\p{M}/gu;

/** NFC, trimmed, whitespace runs collapsed to one space: the stored form of a single-line field. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Search key: `Nguyễn Văn Đức` → `nguyen van duc`.
 * đ is a letter of its own, not d + mark, so decomposition leaves it and it is mapped by hand.
 */
export function foldVietnamese(s: string): string {
  return normalizeText(s)
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARK, '')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}
