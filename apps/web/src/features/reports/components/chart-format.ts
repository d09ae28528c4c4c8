import { formatCompactVnd, formatNumberVi, formatVnd } from '@sen/shared';
import { useTranslation } from 'react-i18next';

/** Distinct colours, in the order series are read (legend left to right). */
export const SERIES_COLORS = ['#1c7ed6', '#f08c00', '#2f9e44', '#e03131', '#7048e8', '#0c8599', '#868e96'];

/** Money on an axis in short units (`1,2 tỷ`, `450 tr`), in full in tooltips and tables. */
export function useChartFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'vi';
  return {
    axisMoney: (v: number | string) => formatCompactVnd(v, locale),
    money: (v: number | string) => formatVnd(v),
    number: (v: number | string) => formatNumberVi(v),
    /** `2026-03` → `03/2026`. */
    month: (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`,
  };
}

/** Axis labels that do not drop: every tick shown, long ones slanted and cut with an ellipsis. */
export const CATEGORY_TICKS = {
  interval: 0 as const,
  angle: -30,
  textAnchor: 'end' as const,
  height: 70,
  tick: { fontSize: 11 },
  tickFormatter: (v: string) => (v.length > 18 ? `${v.slice(0, 17)}…` : v),
};
