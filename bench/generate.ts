import { DEMO_SERVICES } from "#server/demo/catalog.ts";
import { hashPassword } from "#server/kernel/auth/secrets.ts";
import type { Db, Executor } from "#server/kernel/db/database.ts";
import { insertService } from "#server/modules/services/services.repository.ts";
import { newId, now } from "#server/kernel/ids.ts";
import * as authRepository from "#server/modules/auth/auth.repository.ts";
import { provisionWorkspace } from "#server/modules/auth/auth.service.ts";
import { issueToken } from "#server/modules/tokens/tokens.service.ts";
import { CreateServiceSchema } from "#shared/contracts/services.ts";

export const SERVICES_PER_WORKSPACE = 200;
export const OTHER_WORKSPACES = 20;

export interface BenchData {
  /** The workspace the scenarios read, as its member with this API token. */
  workspaceId: string;
  token: string;
  /** The member who owns the measured workspace's services. */
  ownerId: string;
  servicesPerWorkspace: number;
  otherWorkspaces: number;
}

/**
 * One measured workspace among others of the same size, so every query has to
 * filter by workspace as it does in production. Services are the demo
 * catalog's, repeated: real Markdown, real estimation templates and rate cards.
 */
export async function generate(db: Db, scale: number): Promise<BenchData> {
  const servicesPerWorkspace = SERVICES_PER_WORKSPACE * scale;
  const passwordHash = await hashPassword("bench password, never used to sign in");
  return db.transaction().execute(async (trx) => {
    let measured: { workspaceId: string; token: string; ownerId: string } | null = null;
    for (let w = 0; w <= OTHER_WORKSPACES; w++) {
      const owner = await addWorkspace(trx, w, passwordHash);
      await addServices(trx, owner, servicesPerWorkspace);
      if (w === 0) {
        // The workspace's founder is its admin.
        const issued = await issueToken(trx, { ...owner, roles: ["admin"] }, { name: "bench" });
        measured = { workspaceId: owner.workspaceId, token: issued.token, ownerId: owner.memberId };
      }
    }
    if (!measured) throw new Error("no measured workspace");
    return { ...measured, servicesPerWorkspace, otherWorkspaces: OTHER_WORKSPACES };
  });
}

async function addWorkspace(trx: Executor, index: number, passwordHash: string) {
  const userId = newId();
  const name = `Bench Owner ${index}`;
  await authRepository.insertUser(trx, { id: userId, email: `owner-${index}@bench.example`, name, password_hash: passwordHash, created_at: now() });
  const { workspaceId, memberId } = await provisionWorkspace(trx, {
    name: `Bench workspace ${index}`,
    slug: `bench-${index}`,
    user: { id: userId, name },
  });
  return { workspaceId, memberId, name };
}

const TEMPLATES = DEMO_SERVICES.map((service) => CreateServiceSchema.parse(service));
/** Through the services repository, so stored totals are derived exactly as the API does it. */
async function addServices(trx: Executor, owner: { workspaceId: string; memberId: string }, count: number): Promise<void> {
  const at = now();
  for (let i = 0; i < count; i++) {
    const template = TEMPLATES[i % TEMPLATES.length]!;
    const number = String(i + 1).padStart(5, "0");
    await insertService(trx, owner.workspaceId, {
      id: newId(),
      at,
      values: {
        name: `${template.name} ${number}`,
        summary: template.summary,
        // Each description differs, as real ones do.
        description: `${template.description}\n\nCatalog entry **${number}**, see [the playbook](https://playbook.example/${number}).`,
        duration_min_weeks: template.durationMinWeeks,
        duration_max_weeks: template.durationMaxWeeks,
        lead_time_weeks: template.leadTimeWeeks,
        estimation_template: template.estimationTemplate,
        currency: template.currency,
        rate_card: template.rateCard,
        owner_member_id: owner.memberId,
        status: i % 10 === 9 ? "retired" : "active",
      },
    });
  }
}
