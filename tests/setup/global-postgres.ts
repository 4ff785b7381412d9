import pg from "pg";
import type { TestProject } from "vitest/node";
import { migrateToLatest, openDatabase } from "#server/kernel/db/database.ts";
import { findPostgresBinaries, startCluster, withDatabase, type Cluster } from "./postgres-cluster.ts";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string;
    postgresTemplate: string;
  }
}

/** Starts (or borrows) PostgreSQL and migrates a template database once for the whole run. */
export default async function setup(project: TestProject) {
  let cluster: Cluster | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const binDir = findPostgresBinaries();
    if (!binDir) throw new Error("No PostgreSQL binaries and no TEST_DATABASE_URL.");
    cluster = await startCluster(binDir);
    adminUrl = cluster.url;
  }
  const template = `tandem_template_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${template}`);
  const database = openDatabase({ databaseUrl: withDatabase(adminUrl, template), dataDir: "", poolSize: 1 });
  await migrateToLatest(database.db);
  await database.close();

  project.provide("postgresUrl", adminUrl);
  project.provide("postgresTemplate", template);

  return async () => {
    if (cluster) {
      await admin.end();
      return cluster.stop();
    }
    // A borrowed server keeps running: remove what this run created.
    const { rows } = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like 'tandem_test_%' or datname = $1",
      [template],
    );
    for (const row of rows) await admin.query(`drop database if exists ${row.datname} with (force)`);
    await admin.end();
  };
}
