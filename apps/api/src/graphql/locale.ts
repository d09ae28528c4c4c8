import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from '@sen/shared';

const store = new AsyncLocalStorage<Locale>();

/** The caller's language for the rest of this request (error messages are translated with it). */
export function runWithLocale<T>(locale: Locale, fn: () => T): T {
  return store.run(locale, fn);
}

export function currentLocale(): Locale {
  return store.getStore() ?? 'vi';
}
