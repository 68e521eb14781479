// bench:import — generates a 100,000-row subscriber CSV (BOM, quoted names, ~3% duplicates, ~1% bad rows)
// and imports it through lib/csv-import into a fresh database, printing the time and the peak RSS.
// BENCH_ROWS=… to change the size; BENCH_DATABASE_URL=postgres://… to run against PostgreSQL.
import { createWriteStream, mkdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { once } from "node:events";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const dir = path.resolve(".tmp", "bench-import");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const csvFile = path.join(dir, "subscribers.csv");
process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? `file:${path.join(dir, "bench.db")}`;
process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-0123";
process.env.WORKER_IN_PROCESS = "false";

async function generate(): Promise<{ dupes: number; bad: number }> {
  const out = createWriteStream(csvFile);
  const write = async (s: string) => {
    if (!out.write(s)) await once(out, "drain");
  };
  await write("\ufeffEmail,Full name,Note\r\n");
  let dupes = 0;
  let bad = 0;
  for (let i = 1; i <= ROWS; i++) {
    if (i % 100 === 0) {
      bad++;
      await write(i % 200 === 0 ? `not-an-email-${i},Broken ${i},\r\n` : `,No address ${i},\r\n`);
    } else if (i % 33 === 0) {
      if ((i - 1) % 100 !== 0) dupes++; // a copy of a bad row is a new address, not a duplicate
      await write(`Reader${i - 1}@Example.COM,"Duplicate, of ${i - 1}",\r\n`);
    } else {
      await write(`reader${i}@example.com,"Reader ${i}, ""R${i}""",imported from old list\r\n`);
    }
  }
  out.end();
  await once(out, "finish");
  return { dupes, bad };
}

const { dupes, bad } = await generate();
console.log(`[bench:import] generated ${ROWS.toLocaleString("en-GB")} rows (${(statSync(csvFile).size / 1e6).toFixed(1)} MB): ~${dupes} duplicate lines, ${bad} bad rows`);

const { applyMigrations } = await import("../lib/server/migrations.mjs");
await applyMigrations(process.env.DATABASE_URL);
const { db } = await import("../lib/server/db");
if (process.env.BENCH_DATABASE_URL) {
  // a shared PostgreSQL database: clear what an earlier run left
  await db.member.deleteMany({ where: { email: { endsWith: "@example.com" }, role: "reader" } });
}
if (!(await db.newsletter.findFirst())) await db.newsletter.create({ data: { slug: "weekly-outlook", name: "Weekly Outlook" } });
const { importCsvUnchecked } = await import("../lib/members/import");

let peak = process.memoryUsage().rss;
const rssBefore = peak;
const timer = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const started = performance.now();
const report = await importCsvUnchecked(csvFile, { emailColumn: 0, nameColumn: 1, noteColumn: 2, hasHeader: true, consent: "consented", membership: "keep", actorId: null });
const seconds = (performance.now() - started) / 1000;
clearInterval(timer);
peak = Math.max(peak, process.memoryUsage().rss);

const members = await db.member.count();
const active = await db.subscription.count({ where: { status: "active", source: "import" } });
console.log(`[bench:import] ${process.env.BENCH_DATABASE_URL ? "postgresql" : "sqlite"}: ${report.rows.toLocaleString("en-GB")} rows in ${seconds.toFixed(1)} s (${Math.round(report.rows / seconds).toLocaleString("en-GB")} rows/s)`);
console.log(`[bench:import] created ${report.created}, duplicates merged ${report.duplicates}, invalid ${report.invalid} (first: line ${report.errors[0]?.line} — ${report.errors[0]?.reason}), subscribed ${report.subscribed}`);
console.log(`[bench:import] database: ${members} members, ${active} active imported subscriptions`);
console.log(`[bench:import] RSS before ${(rssBefore / 1e6).toFixed(0)} MB, peak during import ${(peak / 1e6).toFixed(0)} MB (file ${(statSync(csvFile).size / 1e6).toFixed(1)} MB, never read whole)`);
const expectedBad = bad;
const ok = report.invalid === expectedBad && report.duplicates === dupes && report.errors[0]?.line === 101;
if (!ok) {
  console.error("[bench:import] unexpected report", { invalid: report.invalid, expectedBad, duplicates: report.duplicates, dupes });
  process.exitCode = 1;
}
await db.$disconnect();
