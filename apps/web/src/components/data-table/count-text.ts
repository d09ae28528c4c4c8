import { formatNumberVi } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import type { TotalCount } from './types';

/**
 * A list's size as text: "1.234", "hơn 10.000" (counted up to a cap) or "khoảng 120.000" (the
 * database's estimate), with a hint that says which for the last two.
 */
export function useCountText(): (count: TotalCount) => { text: string; hint?: string } {
  const { t } = useTranslation();
  return (count) => {
    const { value, kind } = typeof count === 'number' ? { value: count, kind: 'EXACT' as const } : count;
    const shown = formatNumberVi(value);
    switch (kind) {
      case 'EXACT':
        return { text: shown };
      case 'AT_LEAST':
        return {
          text: t('table.countAtLeast', { count: shown }),
          hint: t('table.countAtLeastHint', { count: shown }),
        };
      case 'ESTIMATE':
        return { text: t('table.countEstimate', { count: shown }), hint: t('table.countEstimateHint') };
    }
  };
}
