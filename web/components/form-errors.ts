import type { z } from "zod";
import { ApiError } from "#web/api-client.ts";

/** Field path ("estimationTemplate.phases.0.name") → message. "" holds errors of the whole form. */
export type FieldErrors = Record<string, string>;

function keep(errors: FieldErrors, path: string, message: string): void {
  // The first message per field is the one to fix first.
  if (!(path in errors)) errors[path] = message;
}

/** Errors of a failed `schema.safeParse(…)`, keyed like the server's paths without "body.". */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    // A form sends every field, so a wrong type can only mean an empty input.
    const message = issue.code === "invalid_type" ? "Required." : issue.message;
    keep(errors, issue.path.map(String).join("."), message);
  }
  return errors;
}

/** Field errors of a problem+json response: "body.email" → "email" (409 conflicts name their field too). */
export function problemFieldErrors(error: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!(error instanceof ApiError)) return errors;
  for (const item of error.problem.errors ?? []) {
    keep(errors, item.path.replace(/^(body|querystring|params)\.?/, ""), item.message);
  }
  return errors;
}

/** Validates `values` with the shared contract; returns the parsed input or the field errors. */
export function validateWith<S extends z.ZodType>(
  schema: S,
  values: unknown,
): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(values);
  return result.success ? { ok: true, data: result.data } : { ok: false, errors: zodFieldErrors(result.error) };
}

/**
 * The submit of a form: validates `values` with the shared contract; on failure shows
 * the field errors and focuses the first, else hands the parsed input to `send`, whose
 * `showServerErrors` puts a failed request's field errors beside the fields.
 */
export function submitForm<S extends z.ZodType>(
  schema: S,
  values: unknown,
  setErrors: (errors: FieldErrors) => void,
  send: (data: z.infer<S>, showServerErrors: (error: unknown) => void) => void,
): void {
  const parsed = validateWith(schema, values);
  if (!parsed.ok) {
    setErrors(parsed.errors);
    focusFirstError();
    return;
  }
  send(parsed.data, (error) => setErrors(problemFieldErrors(error)));
}

/** Errors whose path matches none of the form's fields, to show above the form. */
export function unplacedErrors(errors: FieldErrors, isPlaced: (path: string) => boolean): string[] {
  return Object.entries(errors)
    .filter(([path]) => !isPlaced(path))
    .map(([path, message]) => (path ? `${path}: ${message}` : message));
}

/**
 * After a failed submit, take keyboard and screen users to what needs fixing: the
 * first invalid field, else the form's message (an element marked data-form-banner).
 * Waits a moment so the errors just set have rendered.
 */
export function focusFirstError(): void {
  setTimeout(() => {
    // A password input marks itself data-invalid only, on its own input element.
    const target =
      document.querySelector<HTMLElement>('[aria-invalid="true"], input[data-invalid="true"]') ?? document.querySelector<HTMLElement>("[data-form-banner]");
    target?.focus();
  }, 50);
}

/** The errors without the one of `path` (the same object when there was none, so React skips a render). */
export function withoutError(errors: FieldErrors, path: string): FieldErrors {
  if (!(path in errors)) return errors;
  const { [path]: _dropped, ...rest } = errors;
  return rest;
}

/** The errors without those of `prefix` and below it, e.g. after rows were added, removed or moved. */
export function withoutErrorsUnder(errors: FieldErrors, prefix: string): FieldErrors {
  const kept = Object.entries(errors).filter(([path]) => path !== prefix && !path.startsWith(`${prefix}.`));
  return kept.length === Object.keys(errors).length ? errors : Object.fromEntries(kept);
}
