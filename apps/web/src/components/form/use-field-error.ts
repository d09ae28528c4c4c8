import { translate } from '@sen/shared';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isUiLanguage } from '../../i18n';

/**
 * The text of a field error in the UI language. Client errors carry message keys of the shared
 * catalogue ('v.required'); server errors arrive translated and pass through unchanged.
 */
export function useFieldError(error: FieldError | undefined): string | undefined {
  const { i18n } = useTranslation();
  if (!error?.message) {
    return undefined;
  }
  return translate(isUiLanguage(i18n.language) ? i18n.language : 'vi', error.message);
}
