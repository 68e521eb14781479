// Server start-up (called from instrumentation.ts): refuse an unmigrated database, then start the
// background loops on a worker thread unless WORKER_IN_PROCESS=false.
import "server-only";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { SHARE_ENV, Worker } from "node:worker_threads";
import { env } from "./env";
import { MigrationChecksumError, migrationStatus } from "./migrations.mjs";

/** Exits with a clear message when the database has pending migrations. */
export async function assertDatabaseMigrated(): Promise<void> {
  let status: Awaited<ReturnType<typeof migrationStatus>>;
  try {
    status = await migrationStatus(env.DATABASE_URL);
  } catch (e) {
    if (!(e instanceof MigrationChecksumError)) throw e;
    console.error(`\n[weekly-outlook] Refusing to start: ${e.message}\n`);
    process.exit(1);
  }
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
  if (env.WORKER_IN_PROCESS) startWorkerThread();
}

const g = globalThis as unknown as { __woWorkerThread?: boolean };

/**
 * Runs the background loops on a worker thread of this process (restarted if it dies), so a busy
 * outbox or a 100k send shares the machine's second core instead of the web thread.
 */
function startWorkerThread(delayMs = 1000): void {
  if (g.__woWorkerThread && delayMs === 1000) return;
  g.__woWorkerThread = true;
  const file = path.join(process.cwd(), "scripts", "worker-thread.mjs");
  const thread = new Worker(pathToFileURL(file), { env: SHARE_ENV });
  thread.on("error", (e) => console.error("[worker] thread failed:", e.message));
  thread.on("exit", (code) => {
    const next = Math.min(delayMs * 2, 30_000);
    console.error(`[worker] thread exited (${code}); restarting in ${Math.round(next / 1000)} s`);
    setTimeout(() => startWorkerThread(next), next).unref();
  });
}
