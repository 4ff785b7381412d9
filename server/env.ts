import { z } from "zod";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((value) => ["true", "1", "yes"].includes(value));

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z.string().optional(),
  /** Seed the demo workspace (with its published password) into an empty database; unset: only outside production. */
  TANDEM_DEMO: flag.optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TRUST_PROXY: flag.default(false),
  BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_048_576),
  SESSION_DAYS: z.coerce.number().int().positive().default(14),
  SIGN_IN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  /** Failed sign-ins one client address may make, across every e-mail, in 15 minutes (password spraying). */
  SIGN_IN_FAILURES_PER_ADDRESS: z.coerce.number().int().positive().default(20),
  /** Password-reset e-mails one client address may ask for in an hour (and half as many for one e-mail). */
  PASSWORD_RESET_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  /** Laying out a PDF takes up to a few seconds of CPU: a cap per member keeps one person from hogging the server. */
  PDF_RATE_LIMIT: z.coerce.number().int().positive().default(30),
  INVITATION_DAYS: z.coerce.number().int().positive().default(7),
  /** Run the job worker and scheduler inside the server; false when `tandem worker` processes do it. */
  WORKER_ENABLED: flag.default(true),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  WORKER_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(1000),
  /** smtp(s)://user:password@host:port — without it, e-mails are written to DATA_DIR/outbox. */
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "Use smtp:// or smtps://").optional(),
  MAIL_FROM: z.string().default("Tandem <tandem@localhost>"),
  /** How often an open notification stream looks for notifications made by other processes. */
  NOTIFICATION_POLL_MS: z.coerce.number().int().min(20).default(5000),
});

export type Env = z.infer<typeof EnvSchema>;

/** Reads the environment once at boot; a bad value stops the process with a clear message. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // `SMTP_URL=` in a .env file or a compose file means "not set", as in other self-hosted apps.
  const given = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const parsed = EnvSchema.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export function databaseKind(env: Pick<Env, "DATABASE_URL">): "sqlite" | "postgres" {
  return env.DATABASE_URL?.startsWith("postgres") ? "postgres" : "sqlite";
}
