import { isUiLanguage } from '../../../i18n';
import type { Label } from '@sen/shared';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A declared label (record fields, options) in the UI's language. */
export function useFieldLabel(): (label: Label) => string {
  const { i18n } = useTranslation();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'vi';
  return useCallback((label: Label) => label[language], [language]);
}
