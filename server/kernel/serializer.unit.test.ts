import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AuditEntrySchema } from "#shared/contracts/audit.ts";
import { MemberRefSchema, pageOf } from "#shared/contracts/common.ts";
import { serializerCompiler } from "./serializer.ts";

const serialize = (schema: z.ZodType, data: unknown) =>
  JSON.parse(serializerCompiler({ schema, method: "GET", url: "/test", httpStatus: "200" })(data) as string);

describe("response serializer", () => {
  it("writes only the fields of the contract", () => {
    const schema = pageOf(z.object({ id: z.string(), owner: MemberRefSchema.nullable() }));
    const data = {
      items: [
        { id: "a", owner: { id: "m", name: "Maria", email: "m@example.com", password_hash: "secret" }, token_hash: "x" },
        { id: "b", owner: null },
      ],
      nextCursor: null,
      internal: true,
    };
    expect(serialize(schema, data)).toEqual({
      items: [
        { id: "a", owner: { id: "m", name: "Maria", email: "m@example.com" } },
        { id: "b", owner: null },
      ],
      nextCursor: null,
    });
  });

  it("keeps free-form snapshots whole", () => {
    const entry = {
      id: "e",
      actor: { id: null, name: "System" },
      action: "update",
      recordType: "service",
      recordId: "s",
      summary: 'Service "Cloud"',
      before: { name: "Cloud", rateCard: [{ role: "PM", dailyRate: 100 }] },
      after: null,
      changedFields: ["name"],
      at: "2026-11-25T10:00:00.000Z",
    };
    expect(serialize(AuditEntrySchema, entry)).toEqual(entry);
  });
});
