import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import vi from './vi.json';

export type UiLanguage = 'vi' | 'en';

const STORAGE_KEY = 'sen.lang';

/** English is fetched when it is first needed: most users never ask for it. */
async function english(): Promise<typeof vi> {
  // Typed as vi.json: fails to compile when en.json misses a key that vi.json has.
  const en: { default: typeof vi } = await import('./en.json');
  return en.default;
}

async function ensureLoaded(language: UiLanguage): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', language === 'en' ? await english() : vi);
  }
}

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
    await ensureLoaded(language);
    await i18next.changeLanguage(language);
  }
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});

const initial = storedLanguage();

/** Resolves when the UI language's texts are in: the app renders after it. */
export const i18nReady: Promise<unknown> = i18next
  .use(initReactI18next)
  .init({
    resources: { vi: { translation: vi } },
    partialBundledLanguages: true,
    lng: 'vi',
    fallbackLng: 'vi',
    supportedLngs: ['vi', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  .then(() => (initial === 'vi' ? undefined : setUiLanguage(initial)))
  // Without the English texts (offline) the app still starts, in Vietnamese.
  .catch(() => undefined);

export { i18next };
