import { AppError } from '@sen/shared';
import type { Request, Response } from 'express';
import { requestLocale, sendHttpError } from '../../core/http-error';
import type { AuthUser } from '../../core/caller';
import type { Services } from '../../services';

/** `?lang=en` (a plain download link) or Accept-Language. */
export const localeOf = requestLocale;

/** The same Bearer authentication as /graphql (session or personal API token). */
export async function authenticate(req: Request, services: Services): Promise<AuthUser> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  if (!match) {
    throw new AppError('UNAUTHENTICATED');
  }
  const { auth } = await services.auth.authenticate(match[1]);
  return auth;
}

/** Files answer errors as `{ code, message }` (API.md "Files"), translated. */
export function sendError(res: Response, req: Request, err: unknown): void {
  sendHttpError(req, res, err);
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
