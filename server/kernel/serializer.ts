import type { FastifySerializerCompiler } from "fastify/types/schema.js";
import fastJson from "fast-json-stringify";
import { z } from "zod";

/**
 * Responses are written by fast-json-stringify from the JSON Schema of the
 * route's zod response schema: only the contract's fields leave the server,
 * without running a full zod check on every item of every page, which cost
 * most of a list request's time.
 */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = ({ schema }) => {
  const jsonSchema = z.toJSONSchema(schema, { target: "draft-7", io: "output", unrepresentable: "any" });
  delete jsonSchema.$schema;
  return fastJson(forSerializing(jsonSchema) as Parameters<typeof fastJson>[0]);
};

const isNullSchema = (schema: unknown) =>
  typeof schema === "object" && schema !== null && (schema as { type?: unknown }).type === "null";

/**
 * Two rewrites make zod's JSON Schema serialize fast and forgivingly:
 * - zod marks objects closed (`additionalProperties: false`); open, an extra
 *   field is simply not written instead of failing the response;
 * - zod writes `x.nullable()` as `anyOf: [x, {type: "null"}]`, which the
 *   serializer resolves by validating every value; `nullable: true` on x
 *   says the same and is checked with a plain `=== null`.
 */
function forSerializing(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forSerializing);
  if (schema === null || typeof schema !== "object") return schema;
  const { anyOf } = schema as { anyOf?: unknown[] };
  if (anyOf?.length === 2 && anyOf.some(isNullSchema)) {
    const other = anyOf.find((branch) => !isNullSchema(branch));
    return { ...(forSerializing(other) as object), nullable: true };
  }
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "additionalProperties" && value === false) continue;
    result[key] = key === "properties"
      ? Object.fromEntries(Object.entries(value as object).map(([name, child]) => [name, forSerializing(child)]))
      : forSerializing(value);
  }
  return result;
}
