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
  await announceSetup();
  if (env.WORKER_IN_PROCESS) startWorkerThread();
}

/** With no owner yet, prints the one-time setup link (docs/decisions/0050); only this log shows it. */
async function announceSetup(): Promise<void> {
  const { issueSetupToken } = await import("../setup/setup");
  const token = await issueSetupToken();
  if (!token) return;
  console.log(
    `\n[setup] This publication has no owner yet. Set it up at:\n\n    ${env.APP_URL}/setup?token=${token}\n\n` +
      `[setup] The link works once and for 24 hours (a restart prints a new one). Without a browser: npm run setup -- --owner you@example.org\n`,
  );
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
