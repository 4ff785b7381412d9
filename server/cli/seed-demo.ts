import { seedDemo } from "#server/demo/seed.ts";
import { readFlags, type Runtime } from "./runtime.ts";

export async function seedDemoCommand(args: string[], cli: Runtime): Promise<void> {
  readFlags("seed-demo", args, []);
  const { db } = await cli.database();
  const demo = await seedDemo(db);
  cli.say(`Seeded the demo workspace "${demo.workspaceName}". Sign in with the password ${demo.password} as:`);
  for (const email of demo.emails) cli.say(`  ${email}`);
}
