import { Badge, Tabs } from '@mantine/core';
import { CUSTOMER_LEVELS } from '@sen/shared';
import { useTranslation } from 'react-i18next';
import { useCountText } from '../../../components/data-table';
import type { CountKind, CustomerLevel } from '../../../gql/graphql';

export interface LevelTabsProps {
  value: CustomerLevel | null;
  counts: { level: CustomerLevel; count: number; kind: CountKind }[] | undefined;
  onChange: (level: CustomerLevel | null) => void;
}

const ALL = 'ALL';

/** "Tất cả" = the sum of the levels (seed 001: Tất cả = Mới + Quan tâm + …). */
export function LevelTabs({ value, counts, onChange }: LevelTabsProps) {
  const { t } = useTranslation();
  const countText = useCountText();
  const kind = counts?.[0]?.kind ?? 'EXACT';
  const countOf = (level: CustomerLevel) => counts?.find((c) => c.level === level)?.count ?? 0;
  const total = counts?.reduce((sum, c) => sum + c.count, 0) ?? 0;
  const badge = (count: number) => {
    // Estimates read "≈ 12.000" on a tab; the hint says what they are.
    const { text, hint } = countText({ value: count, kind });
    return (
      <Badge size="sm" variant="light" color="gray" ml={4} title={hint}>
        {!counts ? '…' : kind === 'ESTIMATE' ? `≈ ${countText(count).text}` : text}
      </Badge>
    );
  };

  return (
    <Tabs
      value={value ?? ALL}
      onChange={(next) => onChange(!next || next === ALL ? null : (next as CustomerLevel))}
      aria-label={t('customers.levelTabs')}
    >
      <Tabs.List>
        <Tabs.Tab value={ALL} rightSection={badge(total)}>
          {t('common.all')}
        </Tabs.Tab>
        {CUSTOMER_LEVELS.map((level) => (
          <Tabs.Tab key={level} value={level} rightSection={badge(countOf(level))}>
            {t(`customers.levels.${level}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
