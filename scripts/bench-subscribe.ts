// npm run bench:subscribe — autocannon POSTs unique addresses to /api/subscribe for 15 s at 10
// connections against a running production server (BENCH_URL, default http://127.0.0.1:3350), then
// checks its database (DATABASE_URL): every accepted request left exactly one pending subscription and
// one queued confirmation email. Prints requests/s, p50/p99 latency and the lost count.
// Start the server first, e.g.:
//   DATABASE_URL=file:./.tmp/bench.db node scripts/prisma.mjs prepare && npx next build
//   DATABASE_URL=file:./.tmp/bench.db RATE_LIMIT_SUBSCRIBE_PER_IP=100000000 WORKER_IN_PROCESS=false npx next start -p 3000
import { randomBytes } from "node:crypto";
// autocannon ships no types; declare the part used here.
// @ts-expect-error -- untyped CommonJS package
import autocannonUntyped from "autocannon";

type Req = { method?: string; path?: string; body?: string; headers?: Record<string, string> };
type Histogram = { average: number; p50: number; p90: number; p99: number; max: number };
type Result = { requests: Histogram; latency: Histogram; errors: number; timeouts: number; non2xx: number };
const autocannon = autocannonUntyped as (opts: {
  url: string;
  method: string;
  duration: number;
  connections: number;
  headers: Record<string, string>;
  requests: { setupRequest: (req: Req) => Req; onResponse: (status: number) => void }[];
}) => Promise<Result>;

const url = (process.env.BASE_URL ?? process.env.BENCH_URL ?? "http://localhost:3000").replace(/\/$/, "");
const duration = Number(process.env.BENCH_SECONDS ?? 15);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const run = randomBytes(4).toString("hex");
const domain = `bench-${run}.example.com`;
let seq = 0;
const statuses: Record<string, number> = {};

const result = await autocannon({
  url: `${url}/api/subscribe`,
  method: "POST",
  duration,
  connections,
  headers: { "content-type": "application/json" },
  requests: [
    {
      setupRequest: (req) => {
        const email = `u${++seq}@${domain}`;
        return { ...req, body: JSON.stringify({ email }) };
      },
      onResponse: (status) => {
        statuses[status] = (statuses[status] ?? 0) + 1;
      },
    },
  ],
});

// Accepted = 202 responses; every address of this run is read back from the database.
const { db } = await import("../lib/server/db");
const members = await db.member.findMany({
  where: { email: { endsWith: `@${domain}` } },
  select: { email: true, subscriptions: { select: { status: true } } },
});
const outbox = await db.outboxMessage.groupBy({ by: ["to"], where: { to: { endsWith: `@${domain}` }, template: "confirm-subscription" }, _count: { _all: true } });
const outboxBy = new Map(outbox.map((o) => [o.to, o._count._all]));
const ok202 = statuses["202"] ?? 0;
let wrong = 0;
for (const m of members) {
  const pending = m.subscriptions.filter((s) => s.status === "pending").length;
  if (pending !== 1 || m.subscriptions.length !== 1 || outboxBy.get(m.email) !== 1) wrong++;
}
const lost = Math.max(0, ok202 - members.length) + wrong;
const lat = result.latency;
console.log(`\nbench:subscribe — ${url}/api/subscribe, ${duration} s, ${connections} connections`);
console.log(`responses: ${JSON.stringify(statuses)} (errors ${result.errors}, timeouts ${result.timeouts})`);
console.log(`requests/s: ${result.requests.average.toFixed(1)} (accepted signups/s: ${(ok202 / duration).toFixed(1)})`);
console.log(`latency ms: p50 ${lat.p50}, p90 ${lat.p90}, p99 ${lat.p99}, max ${lat.max}`);
console.log(`database: ${members.length} members, ${outbox.reduce((a, o) => a + o._count._all, 0)} confirmations queued for ${ok202} accepted requests`);
console.log(`lost: ${lost}${wrong ? ` (${wrong} without exactly one pending subscription and one confirmation)` : ""}`);
await db.$disconnect();
process.exit(lost === 0 && ok202 > 0 ? 0 : 1);
