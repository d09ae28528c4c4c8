import i18next, { type i18n } from 'i18next';

export type Locale = 'vi' | 'en';

/** A text written once in both languages; `{{name}}` is interpolated. */
export interface Bilingual {
  vi: string;
  en: string;
}

/**
 * The one message mechanism of the server and the shared rules (the web speaks i18next too): an
 * i18next instance over a catalogue of `{ key: { vi, en } }`, ready when this returns. Keys are
 * flat (`v.tooLong`, `customer.create`: no nesting, no namespaces); a parameter that is missing is
 * written as nothing.
 */
export function bilingualCatalogue(entries: Readonly<Record<string, Bilingual>>): i18n {
  const vi: Record<string, string> = {};
  const en: Record<string, string> = {};
  for (const [key, text] of Object.entries(entries)) {
    vi[key] = text.vi;
    en[key] = text.en;
  }
  const instance = i18next.createInstance();
  void instance.init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: 'vi',
    fallbackLng: false,
    initAsync: false,
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    missingInterpolationHandler: () => '',
    interpolation: { escapeValue: false },
  });
  return instance;
}

/**
 * Writes `key` in `locale` with its parameters (passed as i18next's `replace`, so a parameter named
 * `count` or `context` is a value, not an option); an unknown key comes back as it is.
 */
export function say(
  catalogue: i18n,
  locale: Locale,
  key: string,
  params: Record<string, unknown> = {},
): string {
  // Untyped on purpose: the web's i18next type augmentation (its own UI keys) must not apply here.
  const t = catalogue.t as unknown as (key: string, options: object) => string;
  return t(key, { lng: locale, replace: params });
}
