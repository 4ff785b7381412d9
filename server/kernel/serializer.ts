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
  return fastJson(allowExtraProperties(jsonSchema) as Parameters<typeof fastJson>[0]);
};

/**
 * zod marks objects closed (`additionalProperties: false`). To a serializer
 * that would make an extra field an error while picking a nullable branch;
 * open, the extra field is simply not written.
 */
function allowExtraProperties(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(allowExtraProperties);
  if (schema === null || typeof schema !== "object") return schema;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "additionalProperties" && value === false) continue;
    result[key] = key === "properties"
      ? Object.fromEntries(Object.entries(value as object).map(([name, child]) => [name, allowExtraProperties(child)]))
      : allowExtraProperties(value);
  }
  return result;
}
