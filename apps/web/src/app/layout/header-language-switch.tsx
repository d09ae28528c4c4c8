import { notifications } from '@mantine/notifications';
import { LanguageSwitch } from '../../components/language-switch';
import { useErrorMessage } from '../../components/page';
import { useUpdateMyPreferences } from '../../features/account/api/update-my-preferences';
import { currentLanguage, setUiLanguage, type UiLanguage } from '../../i18n';

/** Switches the UI at once and saves the choice on the user, so every device follows. */
export function HeaderLanguageSwitch() {
  const [updatePreferences, { loading }] = useUpdateMyPreferences();
  const errorMessage = useErrorMessage();

  const change = async (language: UiLanguage) => {
    const previous = currentLanguage();
    await setUiLanguage(language);
    try {
      await updatePreferences({ variables: { language: language === 'en' ? 'EN' : 'VI' } });
    } catch (error) {
      await setUiLanguage(previous);
      notifications.show({ color: 'red', message: errorMessage(error) });
    }
  };

  return <LanguageSwitch onChange={(language) => void change(language)} disabled={loading} />;
}
