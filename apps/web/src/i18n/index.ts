import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import viLogin from './vi.json?login';
import type vi from './vi.json';

export type UiLanguage = 'vi' | 'en';

const STORAGE_KEY = 'sen.lang';

/**
 * The login page starts with its own few sections of the catalogue (`?login`, cut by the build);
 * every other screen asks for the whole catalogue first (`loadAllTexts`), and from then on a
 * language switch brings the whole catalogue of the new language. English is fetched when it is
 * first needed: most users never ask for it.
 */
let wanted: 'login' | 'all' = 'login';
const loaded = new Set<string>(['vi:login']);

async function catalogue(language: UiLanguage, part: 'login' | 'all'): Promise<object> {
  if (part === 'login') {
    return language === 'vi' ? viLogin : (await import('./en.json?login')).default;
  }
  // Typed as vi.json: fails to compile when en.json misses a key that vi.json has.
  const texts: { default: typeof vi } =
    language === 'en' ? await import('./en.json') : await import('./vi.json');
  return texts.default;
}

async function ensureLoaded(language: UiLanguage): Promise<void> {
  // Once more when the whole catalogue was asked for while the login sections were on their way.
  while (!loaded.has(`${language}:all`) && !loaded.has(`${language}:${wanted}`)) {
    const part = wanted;
    // Deep, over what is there: the whole catalogue joins the login page's sections.
    i18next.addResourceBundle(language, 'translation', await catalogue(language, part), true, true);
    loaded.add(`${language}:${part}`);
  }
}

/** The whole catalogue of the UI language, for the screens after the login page (the router awaits it). */
export async function loadAllTexts(): Promise<void> {
  wanted = 'all';
  await ensureLoaded(currentLanguage());
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
    resources: { vi: { translation: viLogin } },
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
