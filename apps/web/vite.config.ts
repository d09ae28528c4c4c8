/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';

// `pnpm dev` starts the API with the same environment: the proxy follows its PORT.
const api = `http://localhost:${process.env.PORT ?? 4000}`;

function vendor(...packages: string[]): RegExp {
  const names = packages.map((p) => p.replace('/', '[\\\\/]')).join('|');
  return new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);
}

const OWN_SOURCE = /[\\/](apps[\\/]web|packages[\\/]shared)[\\/]src[\\/]/;
const SIDE_EFFECTS = /\.css$|[\\/]main\.tsx$|[\\/]i18n[\\/]index\.ts$|[\\/]zod-setup\.ts$/;

const GENERATED = fileURLToPath(new URL('./src/gql/graphql.ts', import.meta.url));

/** The generated documents by export name (`MeDocument`, `ActivityRowFragmentDoc`), as object literals. */
function readGeneratedDocuments(): Map<string, string> {
  const source = readFileSync(GENERATED, 'utf8');
  const found = source.matchAll(/^export const (\w+) = (\{\n[\s\S]*?\n\}) as unknown as DocumentNode</gm);
  return new Map([...found].map((m) => [m[1], m[2]]));
}

/**
 * What the client preset's babel plugin (`@graphql-codegen/client-preset/babel`) does, without
 * babel, one step further: each `graphql(\`query Foo …\`)` becomes the generated `FooDocument`
 * itself, written into the calling file. `graphql()` looks its document up in a map of every
 * operation of the app, and even imported one by one the documents would stay in one module
 * (`gql/graphql.ts`) and so in one chunk; inlined, each feature's lazy chunk carries its own
 * documents and the login page only its three. Types still come from the generated files.
 */
function graphqlDocuments(): Plugin {
  let generated: Map<string, string> | undefined;
  return {
    name: 'sen:graphql-documents',
    enforce: 'pre',
    buildStart() {
      generated = undefined;
    },
    transform(code, id) {
      if (
        !/[\\/]src[\\/].*\.tsx?$/.test(id) ||
        /[\\/]src[\\/]gql[\\/]/.test(id) ||
        !code.includes('graphql(`')
      ) {
        return null;
      }
      const documents = (generated ??= readGeneratedDocuments());
      const out = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, body: string) => {
        const first = /\b(query|mutation|subscription|fragment)\s+([A-Za-z]\w*)/.exec(body);
        if (!first) {
          this.error(`${id}: a graphql() document without a named operation or fragment`);
        }
        const [, kind, name] = first;
        const exported = `${name[0].toUpperCase()}${name.slice(1)}${kind === 'fragment' ? 'FragmentDoc' : 'Document'}`;
        const document = documents.get(exported);
        if (!document) {
          this.error(`${id}: ${exported} is not in src/gql/graphql.ts — run pnpm codegen`);
        }
        return `(${document})`;
      });
      return { code: out, map: null };
    },
  };
}

/** The sections of a text catalogue the login page shows (before the whole catalogue is fetched). */
const LOGIN_TEXT_SECTIONS = ['app', 'auth', 'common', 'errors'];

/**
 * `import texts from './vi.json?login'`: the catalogue cut to the login page's sections. The page
 * downloads these few hundred bytes instead of the whole catalogue (a sixth of its weight), which
 * comes with the signed-in shell (`loadAllTexts` in src/i18n).
 */
function loginTexts(): Plugin {
  return {
    name: 'sen:login-texts',
    enforce: 'pre',
    async load(id) {
      const [file, query] = id.split('?');
      if (query !== 'login' || !file.endsWith('.json')) {
        return null;
      }
      this.addWatchFile(file);
      const catalogue = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
      const picked = Object.fromEntries(LOGIN_TEXT_SECTIONS.map((section) => [section, catalogue[section]]));
      if (Object.values(picked).some((texts) => texts === undefined)) {
        this.error(`${file} lacks one of the login page's sections (${LOGIN_TEXT_SECTIONS.join(', ')})`);
      }
      return `export default ${JSON.stringify(picked)};`;
    },
  };
}

/**
 * What the first screen (the login page, and the frame of every other) is built of: the router,
 * the texts' runtime and the Mantine components the login page shows, with what they import. One
 * chunk rather than some twenty small ones shared in different ways with other screens: one
 * request, and one gzip stream that compresses better than twenty.
 */
const FIRST_SCREEN = new RegExp(
  [
    vendor('react-router', 'i18next', 'react-i18next').source,
    String.raw`[\\/]@mantine[\\/]core[\\/]esm[\\/](core[\\/]MantineProvider|components[\\/](ActionIcon|Alert|Button|Center|CloseButton|Group|Input|InputBase|Loader|Paper|PasswordInput|SegmentedControl|Stack|Text|TextInput|Title|Transition|UnstyledButton))[\\/]`,
  ].join('|'),
);

/**
 * The app's own modules of the login page (beside the entry's): its route, texts, loader, error
 * alert and language switch, one chunk with Vite's preload helper rather than ten of a few hundred
 * bytes. Files, not folders' index files: an index would bring its whole folder.
 */
const LOGIN_PAGE_FILES = [
  'i18n/index.ts',
  'i18n/vi.json?login',
  'features/auth/routes.tsx',
  'features/auth/components/login-page.tsx',
  'features/auth/components/login-form.tsx',
  'features/auth/api/login.ts',
  'components/page/page-loader.tsx',
  'components/page/route-error-boundary.tsx',
  'components/page/error-alert.tsx',
  'components/page/error-message.ts',
  'components/language-switch/language-switch.tsx',
  'lib/errors.ts',
  'lib/graphql-request-error.ts',
  'lib/signed-in.ts',
].map((file) => `/apps/web/src/${file}`);

function onLoginPage(id: string): boolean {
  const path = id.replaceAll('\\', '/');
  return path.endsWith('vite/preload-helper.js') || LOGIN_PAGE_FILES.some((file) => path.endsWith(file));
}

export default defineConfig({
  plugins: [
    graphqlDocuments(),
    loginTexts(),
    react(),
    // Brotli and gzip copies beside each file: the server sends them as they are (Content-Encoding),
    // never compressing on the fly.
    compression({ algorithms: ['brotliCompress', 'gzip'], logLevel: 'silent' }),
  ],
  resolve: {
    // The package's `main` is the CommonJS build for node; the browser bundles the TS source.
    alias: {
      '@sen/shared': fileURLToPath(new URL('../../packages/shared/src/index.ts', import.meta.url)),
    },
  },
  server: {
    port: 5173,
    proxy: { '/graphql': api, '/healthz': api, '/files': api },
  },
  build: {
    // Every browser the app supports knows <link rel="modulepreload">: no polyfill on every page.
    modulePreload: { polyfill: false },
    // GraphiQL's own page is one large chunk by nature; the app's chunks stay far below this.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      treeshake: {
        // The app's and the shared package's modules only declare things, so a barrel import
        // (`components/form`, `@sen/shared`) brings what is used, not every sibling with its
        // libraries. The few modules that do something when loaded are named here.
        moduleSideEffects: (id) => (OWN_SOURCE.test(id) ? SIDE_EFFECTS.test(id) : undefined),
      },
      onLog(level, log, handler) {
        // GraphiQL ships React Compiler output with a "use no memo" directive; bundling it is harmless.
        if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use no memo')) {
          return;
        }
        handler(level, log);
      },
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('./graphiql.html', import.meta.url)),
      },
      output: {
        // React is shared by both pages and changes least often: its own long-cached chunk.
        codeSplitting: {
          groups: [
            { name: 'react', test: vendor('react', 'react-dom', 'scheduler'), priority: 10 },
            // The password estimator's common-password list: large, and it changes least of all.
            { name: 'zxcvbn', test: vendor('@zxcvbn-ts/core', '@zxcvbn-ts/language-common'), priority: 10 },
            { name: 'first-screen', test: FIRST_SCREEN },
            { name: 'login', test: onLoginPage },
          ],
        },
      },
    },
  },
});
