// Server start-up (called from instrumentation.ts): refuse an unmigrated database, then start the
// in-process workers unless WORKER_IN_PROCESS=false.
import "server-only";
import { env } from "./env";
import { migrationStatus } from "./migrations.mjs";

/** Exits with a clear message when the database has pending migrations. */
export async function assertDatabaseMigrated(): Promise<void> {
  const status = await migrationStatus(env.DATABASE_URL);
  if (status.pending.length > 0) {
    console.error(
      `\n[weekly-outlook] The database at ${env.isPostgres ? "DATABASE_URL (PostgreSQL)" : env.DATABASE_URL} is not migrated ` +
        `(${status.pending.length} pending: ${status.pending.join(", ")}).\nRun \`npm run db:migrate\` (npm start does it for you), then start again.\n`,
    );
    process.exit(1);
  }
}

export async function boot(): Promise<void> {
  await assertDatabaseMigrated();
  if (env.WORKER_IN_PROCESS) {
    const { startWorkers } = await import("./worker");
    startWorkers();
  }
}
