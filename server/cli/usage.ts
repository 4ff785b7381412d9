export const USAGE = `Usage: npm run tandem -- <command> [options]

Commands
  migrate
      Apply the database migrations that have not run yet.
  seed-demo
      Add the "Acme Consulting" demo workspace (refused when "acme" exists).
  create-admin --email EMAIL --workspace SLUG [--name NAME]
      Make EMAIL an active admin of SLUG, creating the workspace and the person
      when new. A new person's password comes from TANDEM_PASSWORD, or is asked
      for on the terminal.
  token create --email EMAIL --workspace SLUG [--name NAME]
      Print a new personal API token for an active member, and nothing else on
      stdout: TOKEN=$(npm run -s tandem -- token create ...)
  backup --to FILE
      Copy the SQLite database to FILE while Tandem runs (on PostgreSQL: use pg_dump).
  worker
      Run queued and recurring jobs without serving HTTP, until SIGINT or
      SIGTERM; running jobs then finish or go back to the queue. Uses
      WORKER_CONCURRENCY and WORKER_POLL_MS; on PostgreSQL any number of
      workers share the queue.
  help
      Show this help.

The commands use the database Tandem uses: DATABASE_URL when set, otherwise
DATA_DIR/tandem.sqlite. Exit codes: 0 done, 1 failed, 2 wrong usage.`;
