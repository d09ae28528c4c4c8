import type { Bilingual } from '@sen/shared';

type Change = 'create' | 'update' | 'delete' | 'restore' | 'purge';

/**
 * What the log says when a record is added, updated or goes through the trash (deleted, restored,
 * purged), phrased alike for every record from its name in both languages: `recordTexts('invoice',
 * { vi: 'hóa đơn {{number}}', en: 'invoice {{number}}' })`.
 */
export function recordTexts<K extends string>(key: K, name: Bilingual): Record<`${K}.${Change}`, Bilingual> {
  const texts: Record<Change, Bilingual> = {
    create: { vi: `Thêm ${name.vi}`, en: `Added ${name.en}` },
    update: { vi: `Cập nhật ${name.vi}`, en: `Updated ${name.en}` },
    delete: { vi: `Xóa ${name.vi} (vào thùng rác)`, en: `Deleted ${name.en} (to the trash)` },
    restore: { vi: `Khôi phục ${name.vi}`, en: `Restored ${name.en}` },
    purge: { vi: `Xóa vĩnh viễn ${name.vi}`, en: `Purged ${name.en}` },
  };
  return Object.fromEntries(
    Object.entries(texts).map(([change, text]) => [`${key}.${change}`, text]),
  ) as Record<`${K}.${Change}`, Bilingual>;
}
