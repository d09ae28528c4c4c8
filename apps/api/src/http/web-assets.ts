import expressStaticGzip from 'express-static-gzip';
import type { RequestHandler } from 'express';
import { applyGraphiqlPolicy } from './security-headers';

/** A built file whose name carries its content's hash (`assets/main-CN6pLk51.js`, or its .br/.gz). */
const HASHED = /[\\/]assets[\\/][^\\/]+-[\w-]{8}\.[a-z0-9]+(?:\.br|\.gz)?$/i;

/**
 * The built web app's files: the brotli or gzip copy the build wrote beside each (by the browser's
 * Accept-Encoding, brotli first), never compressed on the fly. A hashed file changes its name when
 * it changes: cached for a year and never revalidated; anything else is revalidated each time.
 */
export function webAssets(root: string): RequestHandler {
  return expressStaticGzip(root, {
    enableBrotli: true,
    orderPreference: ['br', 'gz'],
    index: false,
    serveStatic: {
      index: false,
      setHeaders: (res, file) => {
        // The same page asked for by its file name keeps the policy it has at /graphql.
        if (/[\\/]graphiql\.html(?:\.br|\.gz)?$/.test(file)) {
          applyGraphiqlPolicy(res);
        }
        res.setHeader(
          'Cache-Control',
          HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    },
  }) as RequestHandler;
}
