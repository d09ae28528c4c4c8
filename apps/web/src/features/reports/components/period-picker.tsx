import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateInput } from '../../../components/form';

export interface Period {
  from: string;
  to: string;
}

/** Today in Vietnam, `YYYY-MM-DD`. */
export function todayVi(): string {
  return new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
}

export function thisYear(): Period {
  const today = todayVi();
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

export interface PeriodPickerProps {
  value: Period;
  onChange: (value: Period) => void;
}

/** Từ ngày – đến ngày, with this month / this year shortcuts. */
export function PeriodPicker({ value, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const today = todayVi();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <DateInput
        label={t('reports.from')}
        value={value.from}
        onChange={(from) => from && /^\d{4}-\d{2}-\d{2}$/.test(from) && onChange({ ...value, from })}
        w={150}
      />
      <DateInput
        label={t('reports.to')}
        value={value.to}
        onChange={(to) => to && /^\d{4}-\d{2}-\d{2}$/.test(to) && onChange({ ...value, to })}
        w={150}
      />
      <Button variant="default" onClick={() => onChange({ from: `${today.slice(0, 7)}-01`, to: today })}>
        {t('reports.thisMonth')}
      </Button>
      <Button variant="default" onClick={() => onChange(thisYear())}>
        {t('reports.thisYear')}
      </Button>
    </Group>
  );
}
