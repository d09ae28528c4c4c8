import { Group, TextInput } from '@mantine/core';
import { formatDateTimeVi, vietnamDay } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateInput, useFieldProps } from '../../../components/form';

export interface DateTimeFieldProps {
  name: string;
  label: string;
}

const TIME = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Splits an instant into the Vietnamese calendar day and time shown to the user. */
function parts(value: unknown): { date: string | null; time: string } {
  if (!value) {
    return { date: null, time: '' };
  }
  const instant = value instanceof Date ? value : new Date(String(value));
  if (Number.isNaN(instant.getTime())) {
    return { date: null, time: '' };
  }
  return { date: vietnamDay(instant), time: formatDateTimeVi(instant).slice(-5) };
}

/** A dd/MM/yyyy day and an hh:mm time in Vietnamese time (UTC+7), whatever the browser's zone. */
export function DateTimeField({ name, label }: DateTimeFieldProps) {
  const { t } = useTranslation();
  const { value, onChange, onBlur, error } = useFieldProps(name, undefined);
  const initial = parts(value);
  const [date, setDate] = useState<string | null>(initial.date);
  const [time, setTime] = useState(initial.time);

  const emit = (d: string | null, tm: string) => {
    if (!d) {
      onChange(null);
      return;
    }
    const match = TIME.exec(tm.trim() || '00:00');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d) || !match) {
      // Kept as typed so the shared schema reports "Ngày không hợp lệ".
      onChange(`${d} ${tm}`);
      return;
    }
    onChange(`${d}T${match[1].padStart(2, '0')}:${match[2]}:00+07:00`);
  };

  return (
    <Group gap="xs" align="flex-start" wrap="nowrap">
      <DateInput
        label={label}
        value={date}
        onChange={(d) => {
          setDate(d);
          emit(d, time);
        }}
        onBlur={onBlur}
        error={error}
        style={{ flex: 1 }}
      />
      <TextInput
        label={t('activities.fields.time')}
        aria-label={`${label} – ${t('activities.fields.time')}`}
        placeholder={t('activities.timePlaceholder')}
        value={time}
        onChange={(event) => {
          setTime(event.currentTarget.value);
          emit(date, event.currentTarget.value);
        }}
        onBlur={onBlur}
        w={90}
        inputMode="numeric"
      />
    </Group>
  );
}
