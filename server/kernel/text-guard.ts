import type { FastifyInstance } from "fastify";
import { badRequest, type FieldError } from "./errors.ts";

// With the u flag a surrogate pair is one code point, so \p{Cs} matches only a half without its partner.
const UNSTORABLE = /[\0\p{Cs}]/u;
const UNSTORABLE_EVERYWHERE = /[\0\p{Cs}]/gu;
/** Enough to point at the problem without echoing a large hostile body back. */
const MAX_REPORTED = 20;

interface Visit {
  value: unknown;
  key: string;
  parent: Visit | null;
}

/**
 * JSON may spell a lone surrogate ("\ud800") or a NUL ("\u0000"), and a URL
 * a NUL ("%00"). Neither is text that can be stored: SQLite keeps the broken
 * UTF-8 and other readers of the file then fail; PostgreSQL refuses NUL. So
 * every route refuses them, in the body, the query and the path, before
 * validation, and no schema needs to think of it.
 */
export function registerTextGuard(app: FastifyInstance): void {
  app.addHook("preValidation", async (request) => {
    // Named as validation errors name them, so a client reads both the same way.
    const errors = findUnstorableText({ params: request.params, querystring: request.query, body: request.body });
    if (errors.length > 0) {
      throw badRequest("invalid_text", "Text must not contain NUL characters or unpaired UTF-16 surrogates.", errors);
    }
  });
}

/**
 * Field paths as validation errors spell them (`body.items.0.name`). The walk
 * keeps a queue instead of recursing: arrays nested a hundred thousand deep
 * are valid JSON and must not overflow the stack.
 */
function findUnstorableText(roots: Record<string, unknown>): FieldError[] {
  const errors: FieldError[] = [];
  const queue: Visit[] = Object.entries(roots).map(([key, value]) => ({ value, key, parent: null }));
  for (let next = 0; next < queue.length && errors.length < MAX_REPORTED; next++) {
    const visit = queue[next]!;
    if (typeof visit.value === "string") {
      if (UNSTORABLE.test(visit.value)) errors.push({ path: pathOf(visit), message: "Contains a NUL character or an unpaired surrogate." });
    } else if (isContainer(visit.value)) {
      for (const [key, value] of Object.entries(visit.value)) {
        const child = { value, key, parent: visit };
        if (UNSTORABLE.test(key)) errors.push({ path: pathOf(child), message: "This field name contains a NUL character or an unpaired surrogate." });
        queue.push(child);
      }
    }
  }
  return errors.slice(0, MAX_REPORTED);
}

/** A Buffer body holds bytes, not text, and walking it would visit every byte. */
function isContainer(value: unknown): value is object {
  return typeof value === "object" && value !== null && !ArrayBuffer.isView(value);
}

/** The refused characters become U+FFFD, so the path itself is text a client can show. */
function pathOf(visit: Visit): string {
  const keys: string[] = [];
  for (let at: Visit | null = visit; at; at = at.parent) keys.push(at.key.replace(UNSTORABLE_EVERYWHERE, "\uFFFD"));
  return keys.reverse().join(".");
}
