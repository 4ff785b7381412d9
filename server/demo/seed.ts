import type { Actor } from "#server/kernel/access.ts";
import { hashPassword } from "#server/kernel/auth/secrets.ts";
import type { Db, Executor } from "#server/kernel/db/database.ts";
import { conflict } from "#server/kernel/errors.ts";
import { newId, now } from "#server/kernel/ids.ts";
import * as authRepository from "#server/modules/auth/auth.repository.ts";
import { addMember, provisionWorkspace } from "#server/modules/auth/auth.service.ts";
import { addService } from "#server/modules/services/services.service.ts";
import type { Role } from "#shared/contracts/common.ts";
import { CreateServiceSchema } from "#shared/contracts/services.ts";
import { DEMO_SERVICES } from "./catalog.ts";
import { seedCheatSheets } from "./cheatsheets.seed.ts";
import { hasAnyWorkspace } from "./demo.repository.ts";
import { seedTraining, type ReadinessStory } from "./training.seed.ts";

export interface DemoSummary {
  workspaceName: string;
  password: string;
  emails: string[];
}

export const DEMO_WORKSPACE = { name: "Acme Consulting", slug: "acme" } as const;
/** Printed at start-up: the demo is for trying Tandem out, never for real data. */
export const DEMO_PASSWORD = "tandem-demo";

interface DemoPerson {
  role: Role;
  name: string;
  email: string;
}

/** The first person creates the workspace and becomes its admin; the e-mails say the role. */
const DEMO_ADMIN: DemoPerson = { role: "admin", name: "Daniel Okafor", email: "admin@acme.example" };
const DEMO_TEAM: DemoPerson[] = [
  { role: "pmo", name: "Maria Jensen", email: "pmo@acme.example" },
  { role: "pm", name: "Tomás Herrera", email: "pm@acme.example" },
  { role: "sales_manager", name: "Priya Raman", email: "sales_manager@acme.example" },
  { role: "rep", name: "Lucas Becker", email: "rep@acme.example" },
  { role: "se", name: "Hannah Kowalski", email: "se@acme.example" },
];
/** More reps, so the readiness matrix shows every state for Cloud migration (see training.seed.ts). */
const TRAINING_REPS: Record<ReadinessStory, DemoPerson> = {
  certified: { role: "rep", name: "Amara Osei", email: "rep.amara@acme.example" },
  expiring: { role: "rep", name: "Kenji Watanabe", email: "rep.kenji@acme.example" },
  expired: { role: "rep", name: "Leila Haddad", email: "rep.leila@acme.example" },
};
export const DEMO_PEOPLE: readonly DemoPerson[] = [DEMO_ADMIN, ...DEMO_TEAM, ...Object.values(TRAINING_REPS)];

const summary = (): DemoSummary => ({
  workspaceName: DEMO_WORKSPACE.name,
  password: DEMO_PASSWORD,
  emails: DEMO_PEOPLE.map((person) => person.email),
});

/**
 * Seeds the demo workspace when the database has no workspace at all (first
 * start with TANDEM_DEMO on). Several processes may start at once on one
 * PostgreSQL: the one that loses the race finds a workspace and seeds nothing.
 */
export async function seedDemoIfEmpty(db: Db): Promise<DemoSummary | null> {
  if (await hasAnyWorkspace(db)) return null;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  try {
    return await db.transaction().execute(async (trx) => {
      if (await hasAnyWorkspace(trx)) return null;
      await seedInto(trx, passwordHash);
      return summary();
    });
  } catch (error) {
    if (await hasAnyWorkspace(db)) return null;
    throw error;
  }
}

/** `tandem seed-demo`: seeds the demo workspace beside any others, once. */
export async function seedDemo(db: Db): Promise<DemoSummary> {
  const existing = await authRepository.findWorkspaceBySlug(db, DEMO_WORKSPACE.slug);
  if (existing) {
    throw conflict("demo_exists", `A workspace with the address "${DEMO_WORKSPACE.slug}" already exists; nothing was seeded.`);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute((trx) => seedInto(trx, passwordHash));
  return summary();
}

async function seedInto(trx: Executor, passwordHash: string): Promise<void> {
  const adminUserId = await insertPerson(trx, DEMO_ADMIN, passwordHash);
  const { workspaceId, memberId } = await provisionWorkspace(trx, {
    ...DEMO_WORKSPACE,
    user: { id: adminUserId, name: DEMO_ADMIN.name },
  });
  const admin = { memberId, name: DEMO_ADMIN.name };
  const join = async (person: DemoPerson): Promise<Actor> => {
    const userId = await insertPerson(trx, person, passwordHash);
    const id = await addMember(trx, { workspaceId, userId, userName: person.name, roles: [person.role], actor: admin });
    return { userId, memberId: id, name: person.name, email: person.email, roles: [person.role], workspaceId, via: "session" };
  };
  const team = new Map<Role, Actor>();
  for (const person of DEMO_TEAM) team.set(person.role, await join(person));
  const reps = {
    certified: await join(TRAINING_REPS.certified),
    expiring: await join(TRAINING_REPS.expiring),
    expired: await join(TRAINING_REPS.expired),
  };
  const member = (role: Role) => {
    const actor = team.get(role);
    if (!actor) throw new Error(`The demo team needs a ${role}.`);
    return actor;
  };
  const pmo = member("pmo");
  await addServices(trx, { ...pmo, workspaceId });
  await seedCheatSheets(trx, { pm: member("pm"), pmo, rep: member("rep") });
  await seedTraining(trx, { salesManager: member("sales_manager"), pmo, rep: member("rep"), reps });
}

async function insertPerson(trx: Executor, person: DemoPerson, passwordHash: string): Promise<string> {
  if (await authRepository.findUserByEmail(trx, person.email)) {
    throw conflict("demo_email_taken", `${person.email} already has a Tandem sign-in; the demo workspace needs that address.`);
  }
  const id = newId();
  await authRepository.insertUser(trx, { id, email: person.email, name: person.name, password_hash: passwordHash, created_at: now() });
  return id;
}

async function addServices(trx: Executor, pmo: { memberId: string; name: string; workspaceId: string }): Promise<void> {
  for (const service of DEMO_SERVICES) {
    await addService(trx, pmo, CreateServiceSchema.parse({ ...service, ownerId: pmo.memberId }));
  }
}
