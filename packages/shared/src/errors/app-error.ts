import type { ErrorCode } from './error-code';

export interface FieldError {
  field: string;
  /** A message key of `messages.ts` (or plain text). */
  message: string;
}

export interface AppErrorOptions {
  /** Message key (see messages.ts); defaults to the code's own message. */
  messageKey?: string;
  /** Values interpolated into the message and exposed in `extensions`. */
  params?: Record<string, unknown>;
  /** Extra `extensions` fields of API.md (fieldErrors, duplicate, refused, currentVersion, memberCount). */
  details?: Record<string, unknown>;
  cause?: unknown;
}

/** The one error type both sides understand; the server maps `code` to `extensions.code`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageKey: string;
  readonly params: Record<string, unknown>;
  readonly details: Record<string, unknown>;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.messageKey ?? code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.messageKey = options.messageKey ?? code;
    this.params = options.params ?? {};
    this.details = options.details ?? {};
  }

  static badInput(fieldErrors: FieldError[]): AppError {
    return new AppError('BAD_USER_INPUT', { details: { fieldErrors } });
  }
}
