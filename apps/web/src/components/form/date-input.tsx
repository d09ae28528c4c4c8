import { TextInput, type TextInputProps } from '@mantine/core';
import { formatDateVi, parseDateVi } from '@sen/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface DateInputProps extends Omit<TextInputProps, 'value' | 'defaultValue' | 'onChange'> {
  /** `YYYY-MM-DD`, null when empty, or the raw text when it is not a real date. */
  value: string | null | undefined;
  onChange: (value: string | null) => void;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function toText(value: string | null | undefined): string {
  if (!value) {
    return '';
  }
  return ISO_DATE.test(value) ? formatDateVi(value) : value;
}

function toValue(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') {
    return null;
  }
  // Unparseable text stays as typed, so validation can say "Ngày không hợp lệ".
  return parseDateVi(trimmed) ?? trimmed;
}

/** A dd/MM/yyyy text box (SPEC X-01), the same on every browser locale. */
export function DateInput({ value, onChange, placeholder, ...props }: DateInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => toText(value));
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    // The value changed from outside (reset, load): show it, unless it is what is being typed.
    setShown(value);
    if (toValue(text) !== (value ?? null)) {
      setText(toText(value));
    }
  }
  return (
    <TextInput
      inputMode="numeric"
      autoComplete="off"
      placeholder={placeholder ?? t('common.datePlaceholder')}
      {...props}
      value={text}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        onChange(toValue(next));
      }}
      onBlur={(event) => {
        const parsed = parseDateVi(text.trim());
        if (parsed) {
          setText(formatDateVi(parsed));
        }
        props.onBlur?.(event);
      }}
    />
  );
}
