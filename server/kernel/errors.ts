/**
 * Errors are values with an HTTP status and a stable code; the error handler
 * turns them into application/problem+json (RFC 9457).
 */
export interface FieldError {
  path: string;
  message: string;
}

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: FieldError[],
    /** Response headers that go with the problem, e.g. Retry-After. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const badRequest = (code: string, message: string, errors?: FieldError[]) =>
  new AppError(400, code, message, errors);
export const unauthorized = (message = "Sign in to continue.") =>
  new AppError(401, "unauthenticated", message);
export const forbidden = (message = "Your roles do not allow this.") =>
  new AppError(403, "forbidden", message);
export const notFound = (recordType: string) =>
  new AppError(404, "not_found", `No such ${recordType}.`);
/** `field` names the input that collides (e.g. `body.workspaceSlug`), so forms can show it there. */
export const conflict = (code: string, message: string, field?: string) =>
  new AppError(409, code, message, field ? [{ path: field, message }] : undefined);
export const staleVersion = (recordType: string) =>
  new AppError(
    409,
    "stale_version",
    `This ${recordType} was changed by someone else. Reload it and apply your change again.`,
  );
export const gone = (code: string, message: string) => new AppError(410, code, message);
/** Too many attempts; the caller may try again after `retryAfterSeconds`. */
export const tooManyRequests = (code: string, message: string, retryAfterSeconds: number) =>
  new AppError(429, code, message, undefined, { "retry-after": String(Math.max(1, Math.ceil(retryAfterSeconds))) });
