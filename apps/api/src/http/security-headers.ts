import type { ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';

function policy(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

const APP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  // No inline script anywhere: the built pages only name their hashed module files.
  'script-src': "'self'",
  // Styles only: Mantine (and GraphiQL's editor) inject <style> tags and style attributes at run
  // time, so inline styles are allowed. Inline script never is.
  'style-src': "'self' 'unsafe-inline'",
  // The company logo is shown from a blob: URL (fetched with the session); small data: images.
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'none'",
};

/** The web app's pages (and every other answer of this server): strict, no inline script. */
export const APP_CSP = policy(APP_DIRECTIVES);

/** GraphiQL's page only: its stylesheet embeds its fonts as data: URIs. */
export const GRAPHIQL_CSP = policy({ ...APP_DIRECTIVES, 'font-src': "'self' data:" });

/** Nothing the CRM uses: no camera, microphone, location, payment, sensors or USB for any page. */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
].join(', ');

/** GraphiQL's page gets its own policy; called by the route that serves it. */
export function applyGraphiqlPolicy(res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', GRAPHIQL_CSP);
}

/**
 * Security headers on every answer: the strict policy by default (a JSON answer never runs
 * anything, so the policy costs nothing there), the page routes may loosen it for GraphiQL.
 */
export function securityHeaders(): RequestHandler {
  return (_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'same-origin');
    res.setHeader('Content-Security-Policy', APP_CSP);
    res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
    next();
  };
}
