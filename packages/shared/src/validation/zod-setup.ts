import { config } from 'zod';

// Every schema module imports this one (through ./common) before building a schema.
// In the browser, Zod would compile object parsers with `new Function` after probing whether eval
// works: under the web app's Content-Security-Policy (`script-src 'self'`, no 'unsafe-eval') the
// probe alone is a reported violation. The browser uses the interpreted parsers, with no probe;
// the server keeps the compiled ones.
if ('document' in globalThis) {
  config({ jitless: true });
}
