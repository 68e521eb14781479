// bench:subscribe-timing — does POST /subscribe take longer for an address we know than for a new one?
// (An observable difference tells an attacker who subscribes; issue 10, finding 16.) Calls the same
// requestSubscription() the form action and POST /api/subscribe call, in process, against a fresh
// SQLite database (or BENCH_DATABASE_URL), alternating new addresses with known ones (active,
// pending, unsubscribed), and prints mean and median per kind and their differences.
// BENCH_REQUESTS=… (default 600 of each kind).
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const N = Number(process.env.BENCH_REQUESTS ?? 600);
const dir = path.resolve(".tmp", "bench-subscribe-timing");
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
process.env.DATABASE_URL = process.env.BENCH_DATABASE_URL ?? `file:${path.join(dir, "bench.db")}`;
process.env.AUTH_SECRET ??= "bench-secret-bench-secret-bench-secret-0123";
process.env.WORKER_IN_PROCESS = "false";
process.env.RATE_LIMIT_SUBSCRIBE_PER_IP = "100000000";
process.env.RATE_LIMIT_SUBSCRIBE_PER_EMAIL = "100000000";

const { applyMigrations } = await import("../lib/server/migrations.mjs");
await applyMigrations(process.env.DATABASE_URL);
const { db } = await import("../lib/server/db");
const run = Date.now().toString(36);
const D = `@timing-${run}.bench`;
const nl = (await db.newsletter.findFirst({ where: { status: "active" } })) ?? (await db.newsletter.create({ data: { slug: "weekly-outlook", name: "Weekly Outlook" } }));
const { requestSubscription } = await import("../lib/subscriptions/state");

// Known addresses: a third each active, pending (confirmation sent a minute ago) and unsubscribed.
const statuses = ["active", "pending", "unsubscribed"] as const;
const known: string[] = [];
for (let i = 0; i < N; i++) {
  const email = `known${i}${D}`;
  const status = statuses[i % 3]!;
  await db.member.create({
    data: { email, subscriptions: { create: { newsletterId: nl.id, status, confirmationSentAt: new Date(Date.now() - 60_000), confirmedAt: status === "active" ? new Date() : null } } },
  });
  known.push(email);
}

async function timed(email: string): Promise<number> {
  const t0 = performance.now();
  const r = await requestSubscription({ email, name: "Bench" }, "10.9.9.9", "form");
  const ms = performance.now() - t0;
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r)}`);
  return ms;
}

// warm-up (JIT, statement caches) with both kinds
for (let i = 0; i < 30; i++) {
  await timed(`warm${i}${D}`);
  await timed(`warm${i}${D}`);
}
const fresh: number[] = [];
const seen: number[] = [];
const byStatus: Record<string, number[]> = { active: [], pending: [], unsubscribed: [] };
for (let i = 0; i < N; i++) {
  // alternate the order so neither kind always runs second
  if (i % 2 === 0) {
    fresh.push(await timed(`new${i}${D}`));
    const ms = await timed(known[i]!);
    seen.push(ms);
    byStatus[statuses[i % 3]!]!.push(ms);
  } else {
    const ms = await timed(known[i]!);
    seen.push(ms);
    byStatus[statuses[i % 3]!]!.push(ms);
    fresh.push(await timed(`new${i}${D}`));
  }
}

const mean = (a: number[]) => a.reduce((s, x) => s + x, 0) / a.length;
const median = (a: number[]) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const f = (x: number) => `${x.toFixed(2)} ms`;
console.log(`[bench:subscribe-timing] ${N} new and ${N} known addresses, sequential, ${process.env.BENCH_DATABASE_URL ? "PostgreSQL" : "SQLite"}`);
console.log(`  new addresses:        mean ${f(mean(fresh))}, median ${f(median(fresh))}`);
console.log(`  known addresses:      mean ${f(mean(seen))}, median ${f(median(seen))}`);
for (const s of statuses) console.log(`    ${s.padEnd(13)}      mean ${f(mean(byStatus[s]!))}, median ${f(median(byStatus[s]!))}`);
console.log(`  difference (known − new): mean ${f(mean(seen) - mean(fresh))}, median ${f(median(seen) - median(fresh))}`);
const outbox = await db.outboxMessage.count({ where: { to: { endsWith: D } } });
console.log(`  outbox rows written: ${outbox}`);
await db.member.deleteMany({ where: { email: { endsWith: D } } });
await db.outboxMessage.deleteMany({ where: { to: { endsWith: D } } });
await db.$disconnect();
