import { AppError, translate, type ErrorCode, type FieldError, type Locale } from '@sen/shared';
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { clientDataError } from './sql';

/** The HTTP status each API code stands for (the file endpoints; GraphQL's strict media type). */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  DUPLICATE: 409,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  CONFIRMATION_REQUIRED: 409,
  TOO_MANY_REQUESTS: 429,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * `negotiate(req)` remembered by the value of one request header: clients send the same few
 * Accept and Accept-Language values on every request, and negotiating them anew each time was a
 * measurable part of a small query's fixed cost.
 */
export function byHeader<T>(header: 'accept' | 'accept-language', negotiate: (req: Request) => T) {
  const known = new LRUCache<string, { value: T }>({ max: 256 });
  return (req: Request): T => {
    const key = req.headers[header] ?? '';
    let hit = known.get(key);
    if (!hit) {
      hit = { value: negotiate(req) };
      known.set(key, hit);
    }
    return hit.value;
  };
}

/** English only when the caller prefers it over Vietnamese (Express's Accept-Language negotiation). */
export const acceptedLocale: (req: Request) => Locale = byHeader('accept-language', (req) =>
  req.acceptsLanguages('vi', 'en') === 'en' ? 'en' : 'vi',
);

/** `?lang=en` (a plain download link) or Accept-Language. */
export function requestLocale(req: Request): Locale {
  const lang = typeof req.query.lang === 'string' ? req.query.lang : undefined;
  return lang === 'en' || lang === 'vi' ? lang : acceptedLocale(req);
}

/**
 * The one shape of an HTTP (non-GraphQL) error answer: API.md "Files". A BAD_USER_INPUT names its
 * fields as GraphQL's `extensions.fieldErrors` does (which query parameter is wrong).
 */
export interface HttpErrorBody {
  code: ErrorCode;
  message: string;
  fieldErrors?: FieldError[];
}

export function httpErrorBody(err: AppError, locale: Locale): HttpErrorBody {
  const params = { ...err.params, ...err.details };
  const fields = (err.details.fieldErrors as FieldError[] | undefined) ?? [];
  return {
    code: err.code,
    message: translate(locale, err.messageKey, params),
    ...(fields.length > 0
      ? {
          fieldErrors: fields.map((f) => ({ field: f.field, message: translate(locale, f.message, params) })),
        }
      : {}),
  };
}

/**
 * Answers an error as `{ code, message }` with the status of its code, translated. Anything that
 * is not an AppError is logged and answered as INTERNAL_SERVER_ERROR, without its details. A
 * response already streaming cannot change its status: the connection is cut instead.
 */
export function sendHttpError(req: Request, res: Response, err: unknown): void {
  if (res.headersSent) {
    if (!(err instanceof AppError)) {
      console.error(`[http] ${req.method} ${req.path} failed midway:`, err);
    }
    res.destroy();
    return;
  }
  const known = err instanceof AppError ? err : clientDataError(err);
  if (!known) {
    console.error(`[http] ${req.method} ${req.path} failed:`, err);
  }
  const appError = known ?? new AppError('INTERNAL_SERVER_ERROR');
  const retryAfter = appError.details.retryAfterSeconds;
  if (typeof retryAfter === 'number') {
    res.setHeader('Retry-After', String(retryAfter));
  }
  res.setHeader('Cache-Control', 'no-store');
  res.status(HTTP_STATUS[appError.code]).json(httpErrorBody(appError, requestLocale(req)));
}

/** Mounted after the routes of a prefix: an unknown path there is a JSON 404, not the web app. */
export const notFoundJson: RequestHandler = (req, res) => {
  sendHttpError(req, res, new AppError('NOT_FOUND'));
};

/** Errors Express itself raises under a prefix (a body it cannot read…) in the same shape. */
export const httpErrorJson: ErrorRequestHandler = (err: unknown, req, res, _next) => {
  const status = (err as { status?: number }).status;
  sendHttpError(
    req,
    res,
    err instanceof AppError || !status || status >= 500
      ? err
      : new AppError(status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT'),
  );
};
