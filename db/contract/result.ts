/** Stable error codes: the renderer switches on these, never on message text. */
export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'CONSTRAINT',
  'UNKNOWN_METHOD',
  'FORBIDDEN',
  'NOT_A_WORKSPACE',
  'CORRUPT',
  'NEWER_VERSION',
  /** An encrypted workspace opened without its passphrase; WRONG_KEY when the passphrase does not open it. */
  'LOCKED',
  'WRONG_KEY',
  'FILE_EXISTS',
  'IO',
  'NO_WORKSPACE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** Thrown inside the store and handlers; turned into a Result before anything crosses a boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export function failure(err: unknown): { ok: false; error: AppErrorShape } {
  if (err instanceof AppError) return { ok: false, error: err.toShape() };
  return {
    ok: false,
    error: { code: 'INTERNAL', message: 'An unexpected error occurred; nothing was changed.' },
  };
}
