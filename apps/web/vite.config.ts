/// <reference types="node" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// `pnpm dev` starts the API with the same environment: the proxy follows its PORT.
const api = `http://localhost:${process.env.PORT ?? 4000}`;

function vendor(...packages: string[]): RegExp {
  const names = packages.map((p) => p.replace('/', '[\\\\/]')).join('|');
  return new RegExp(`[\\\\/]node_modules[\\\\/](${names})[\\\\/]`);
}

export default defineConfig({
  plugins: [
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
    // GraphiQL's own page is one large chunk by nature; the app's chunks stay far below this.
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
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
          ],
        },
      },
    },
  },
});
