import { Group, Progress, Stack, Text } from '@mantine/core';
import {
  loadPasswordEstimator,
  MIN_PASSWORD_SCORE,
  passwordEstimatorReady,
  passwordScore,
} from '@sen/shared';
import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

const COLORS = ['red', 'orange', 'yellow', 'teal', 'green'] as const;

/**
 * True once the password estimator (@zxcvbn-ts and its common-password list, fetched on demand so
 * the login page never carries it) is loaded; a screen that sets a password starts the fetch.
 */
export function usePasswordEstimator(): boolean {
  const [ready, setReady] = useState(passwordEstimatorReady);
  useEffect(() => {
    if (ready) {
      return;
    }
    let live = true;
    void loadPasswordEstimator().then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [ready]);
  return ready;
}

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
  const ready = usePasswordEstimator();
  // The estimate trails the keystrokes a little when typing fast; the input never waits for it.
  const deferred = useDeferredValue(password);
  const score = useMemo(() => (deferred && ready ? passwordScore(deferred) : null), [deferred, ready]);
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
