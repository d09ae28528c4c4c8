/** A catalogue cut to the login page's sections by the build (`loginTexts` in vite.config.ts). */
declare module '*.json?login' {
  const texts: Record<string, Record<string, unknown>>;
  export default texts;
}
