import { AppError, pickLocale, translate, type Locale } from '@sen/shared';
import type { Request, Response } from 'express';
import type { AuthUser } from '../../graphql/context';
import type { Services } from '../../services';

/** `?lang=en` (a plain download link) or Accept-Language. */
export function localeOf(req: Request): Locale {
  const lang = typeof req.query.lang === 'string' ? req.query.lang : undefined;
  return lang === 'en' || lang === 'vi' ? lang : pickLocale(req.headers['accept-language']);
}

/** The same Bearer authentication as /graphql (session or personal API token). */
export async function authenticate(req: Request, services: Services): Promise<AuthUser> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!match) {
    throw new AppError('UNAUTHENTICATED');
  }
  const { auth } = await services.auth.authenticate(match[1]);
  return auth;
}

const STATUS: Partial<Record<AppError['code'], number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
};

/** Files answer errors as `{ code, message }` (API.md "Files"), translated. */
export function sendError(res: Response, req: Request, err: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (!(err instanceof AppError)) {
    console.error('[files] error:', err);
  }
  const appError = err instanceof AppError ? err : new AppError('INTERNAL_SERVER_ERROR');
  const locale = localeOf(req);
  res.status(STATUS[appError.code] ?? 500).json({
    code: appError.code,
    message: translate(locale, appError.messageKey, { ...appError.params, ...appError.details }),
  });
}

/** `Tệp lỗi.xlsx` survives the header as RFC 5987 `filename*`. */
export function attachment(res: Response, fileName: string, type: string): void {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\]/g, '');
  res.setHeader('Content-Type', type);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  );
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
