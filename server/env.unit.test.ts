import { describe, expect, it } from "vitest";
import { readEnv } from "./env.ts";

describe("readEnv", () => {
  it("takes an empty variable as unset, as a compose or .env file writes it", () => {
    const env = readEnv({ SMTP_URL: "", PORT: "", DATABASE_URL: "" });
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names every invalid variable and why", () => {
    expect(() => readEnv({ SMTP_URL: "http://mail", PORT: "70000" })).toThrow(/PORT: Too big[\s\S]*SMTP_URL: Use smtp:\/\/ or smtps:\/\//);
  });
});
