import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type MantineThemeOverride,
  type VariantColorsResolver,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The theme, with the labels Mantine would otherwise leave empty or in English translated.
 * Components are named as plain keys (not `Select.extend`) so the theme does not pull them all
 * into the first chunk.
 */
/**
 * The "light" variant (badges, the active menu entry, light buttons) writes its text in the
 * colour's darkest shade, darkened further: Mantine's default text there is 2.5–3.5:1 on its tinted
 * background, under WCAG AA's 4.5:1 (issue 20.1).
 */
const readableVariants: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') {
    return colors;
  }
  const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor || !input.theme.colors[parsed.color]) {
    return colors;
  }
  return { ...colors, color: darken(input.theme.colors[parsed.color][9], 0.35) };
};

export function useAppTheme(): MantineThemeOverride {
  const { t } = useTranslation();
  return useMemo(() => {
    const clearButtonProps = { 'aria-label': t('common.clear') };
    const closeButtonProps = { 'aria-label': t('common.close') };
    return createTheme({
      primaryColor: 'teal',
      // WCAG 2.1 AA (issue 20.1): white on teal 6 (#12b886) is 2.5:1; on teal 9 (#087f5b) 5.0:1.
      // Buttons, links and the active menu entry all use this shade.
      primaryShade: { light: 9, dark: 6 },
      variantColorResolver: readableVariants,
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
