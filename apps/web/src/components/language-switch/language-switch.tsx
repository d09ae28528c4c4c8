import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isUiLanguage, type UiLanguage } from '../../i18n';

export interface LanguageSwitchProps {
  onChange: (language: UiLanguage) => void;
  disabled?: boolean;
}

/** VI / EN; what a switch means (this device only, or the user's saved preference) is the caller's. */
export function LanguageSwitch({ onChange, disabled }: LanguageSwitchProps) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('common.language')}
      disabled={disabled}
      value={isUiLanguage(i18n.language) ? i18n.language : 'vi'}
      onChange={(value) => {
        if (isUiLanguage(value)) {
          onChange(value);
        }
      }}
      data={[
        { value: 'vi', label: <span title={t('common.languages.vi')}>VI</span> },
        { value: 'en', label: <span title={t('common.languages.en')}>EN</span> },
      ]}
    />
  );
}
