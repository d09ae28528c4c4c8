import { AppError } from '@sen/shared';
import type { Request, Response } from 'express';
import type { AuthUser } from '../../core/caller';
import type { Services } from '../../services';
import { presentedToken } from '../auth/session-cookie';

/** The same authentication as /graphql (Bearer session or API token, or the session cookie). */
export async function authenticate(req: Request, services: Services): Promise<AuthUser> {
  const token = presentedToken(req);
  if (!token) {
    throw new AppError('UNAUTHENTICATED');
  }
  const { auth } = await services.auth.authenticate(token);
  if (auth.readOnly && req.method !== 'GET' && req.method !== 'HEAD') {
    throw new AppError('FORBIDDEN', { messageKey: 'auth.readOnlyToken' });
  }
  return auth;
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
