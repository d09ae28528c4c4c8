import { createTheme, type MantineThemeOverride } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The theme, with the labels Mantine would otherwise leave empty or in English translated.
 * Components are named as plain keys (not `Select.extend`) so the theme does not pull them all
 * into the first chunk.
 */
export function useAppTheme(): MantineThemeOverride {
  const { t } = useTranslation();
  return useMemo(() => {
    const clearButtonProps = { 'aria-label': t('common.clear') };
    const closeButtonProps = { 'aria-label': t('common.close') };
    return createTheme({
      primaryColor: 'teal',
      defaultRadius: 'sm',
      fontFamily:
        'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
      components: {
        // Upper-cased Vietnamese is harder to read; badges keep the case of their label.
        Badge: { styles: { root: { textTransform: 'none', minWidth: 'max-content' } } },
        Modal: { defaultProps: { closeButtonProps } },
        Notification: { defaultProps: { closeButtonProps } },
        PasswordInput: {
          defaultProps: { visibilityToggleButtonProps: { 'aria-label': t('common.togglePassword') } },
        },
        Select: { defaultProps: { clearButtonProps } },
        MultiSelect: { defaultProps: { clearButtonProps } },
      },
    });
  }, [t]);
}
