import type { Db } from "#server/kernel/db/database.ts";

export interface DemoSummary {
  workspaceName: string;
  password: string;
  emails: string[];
}

export async function seedDemoIfEmpty(_db: Db): Promise<DemoSummary | null> {
  return null;
}
