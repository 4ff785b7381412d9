import type { RequestContext } from "#server/kernel/context.ts";
import type { Executor } from "#server/kernel/db/database.ts";
import { staleVersion } from "#server/kernel/errors.ts";
import { now } from "#server/kernel/ids.ts";
import { writeAudit } from "#server/modules/audit/audit.writer.ts";
import { DEFAULT_SETTINGS, SettingsValuesSchema, type Settings, type SettingsRecord, type UpdateSettingsInput } from "#shared/contracts/settings.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { permissionsOf, type PolicyActor } from "#shared/policies/policy.ts";
import { settingsPolicy } from "#shared/policies/settings.ts";
import * as repo from "./settings.repository.ts";

/**
 * Settings are stored only once changed; until then the defaults apply at
 * version 1. Stored values are merged over the defaults, so a setting added
 * later starts at its default in every workspace.
 */
export async function readSettings(db: Executor, workspaceId: string): Promise<SettingsRecord> {
  const row = await repo.findSettings(db, workspaceId);
  if (!row) return { ...DEFAULT_SETTINGS, version: 1, updatedAt: null };
  const stored = SettingsValuesSchema.partial().parse(JSON.parse(row.settings));
  return { ...DEFAULT_SETTINGS, ...stored, version: row.version, updatedAt: row.updated_at };
}

/** The settings as the caller sees them: the record and what they may do with it. */
const presentSettings = (record: SettingsRecord, actor: PolicyActor): Settings => ({ ...record, permissions: permissionsOf(settingsPolicy, actor, null) });

export async function getSettings(ctx: RequestContext): Promise<Settings> {
  return presentSettings(await readSettings(ctx.db, ctx.workspaceId), ctx.actor);
}

export async function updateSettings(ctx: RequestContext, input: UpdateSettingsInput): Promise<Settings> {
  enforce(settingsPolicy.update(ctx.actor));
  return ctx.db.transaction().execute(async (trx) => {
    const before = await readSettings(trx, ctx.workspaceId);
    if (before.version !== input.version) throw staleVersion("settings");
    const { version, ...changes } = input;
    const { version: _version, updatedAt: _updatedAt, ...current } = before;
    const values = SettingsValuesSchema.parse({ ...current, ...changes });
    const at = now();
    const saved =
      before.updatedAt === null
        ? (await repo.insertSettings(trx, ctx.workspaceId, JSON.stringify(values), at), true)
        : await repo.updateSettings(trx, ctx.workspaceId, version, JSON.stringify(values), at);
    if (!saved) throw staleVersion("settings");
    const after = await readSettings(trx, ctx.workspaceId);
    await writeAudit(trx, ctx.actor, {
      action: "update",
      recordType: "settings",
      recordId: ctx.workspaceId,
      summary: "Workspace settings changed",
      before,
      after,
    });
    return presentSettings(after, ctx.actor);
  });
}
