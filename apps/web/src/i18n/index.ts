import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import vi from './vi.json';

export type UiLanguage = 'vi' | 'en';

const STORAGE_KEY = 'sen.lang';

// Fails to compile when en.json misses a key that vi.json has.
const english: typeof vi = en;

export const resources = {
  vi: { translation: vi },
  en: { translation: english },
} as const;

export function isUiLanguage(value: unknown): value is UiLanguage {
  return value === 'vi' || value === 'en';
}

function storedLanguage(): UiLanguage {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isUiLanguage(value) ? value : 'vi';
  } catch {
    return 'vi';
  }
}

export function currentLanguage(): UiLanguage {
  return isUiLanguage(i18next.language) ? i18next.language : 'vi';
}

/** Switches the UI and remembers the choice on this device (before login, and as the next default). */
export async function setUiLanguage(language: UiLanguage): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  if (i18next.language !== language) {
    await i18next.changeLanguage(language);
  }
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

void i18next.use(initReactI18next).init({
  resources,
  lng: storedLanguage(),
  fallbackLng: 'vi',
  supportedLngs: ['vi', 'en'],
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18next };
