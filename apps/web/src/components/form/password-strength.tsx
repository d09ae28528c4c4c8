import { Group, Progress, Stack, Text } from '@mantine/core';
import { MIN_PASSWORD_SCORE, passwordScore } from '@sen/shared';
import { useDeferredValue, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

const COLORS = ['red', 'orange', 'yellow', 'teal', 'green'] as const;

export interface PasswordStrengthProps {
  password: string;
}

/**
 * How hard the new password is to guess, as the user types: the same estimator (@zxcvbn-ts, in
 * @sen/shared) the server applies, so "strong enough" here is what the server accepts.
 */
export function PasswordStrength({ password }: PasswordStrengthProps) {
  const { t } = useTranslation();
  const id = useId();
  // The estimate trails the keystrokes a little when typing fast; the input never waits for it.
  const deferred = useDeferredValue(password);
  const score = useMemo(() => (deferred ? passwordScore(deferred) : null), [deferred]);
  if (score === null) {
    return null;
  }
  const label = t(`password.strength.${score}`);
  return (
    <Stack gap={4} mt={6}>
      <Progress.Root size="sm">
        <Progress.Section value={((score + 1) / 5) * 100} color={COLORS[score]} aria-labelledby={id} />
      </Progress.Root>
      <Group justify="space-between" gap="xs">
        <Text size="xs" id={id} aria-live="polite" data-score={score}>
          {t('password.strengthLabel', { label })}
        </Text>
        {score < MIN_PASSWORD_SCORE && (
          <Text size="xs" c="dimmed">
            {t('password.strengthHint')}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
