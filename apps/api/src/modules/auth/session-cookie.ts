import type { Request, Response } from 'express';

/** The browser's session: HttpOnly (no script reads it), SameSite=Lax, Secure behind HTTPS. */
export const SESSION_COOKIE = 'sen_session';

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) {
    return null;
  }
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return value === '' ? null : value;
    }
  }
  return null;
}

/**
 * The credential a request presents: `Authorization: Bearer` (integrators, tests), else the session
 * cookie (the web app). `undefined`: none at all; `null`: a malformed Authorization header.
 */
export function presentedToken(req: Pick<Request, 'headers'>): string | null | undefined {
  const header = req.headers.authorization;
  if (header) {
    return /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? null;
  }
  return cookieValue(req.headers.cookie, SESSION_COOKIE) ?? undefined;
}

export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: Date): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/' });
}
