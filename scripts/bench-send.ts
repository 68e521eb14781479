// `npm run bench:send -- --recipients 100000 [--connections 20] [--heap-mb 192]`: seeds N subscribers into a fresh
// SQLite database, sends an issue through a local SMTP sink (accepts and discards) in a child
// worker process, and prints total time, messages/s and the worker's peak RSS — for N = 10,000 and N.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

const args = process.argv.slice(2);
const arg = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};

async function seedChild(): Promise<void> {
  // A separate process seeds, so the measured worker holds only what sending needs.
  const n = Number(arg("recipients", "1000"));
  const { applyMigrations } = await import("../lib/server/migrations.mjs");
  await applyMigrations(process.env.DATABASE_URL!);
  const { db } = await import("../lib/server/db");
  const { seedSend } = await import("../tests/support/send-fixtures");
  const t0 = Date.now();
  const s = await seedSend(db, { subscribers: n, members: Math.floor(n / 5) });
  process.send!({ issueId: s.issueId, seedMs: Date.now() - t0 });
  process.exit(0);
}

async function child(): Promise<void> {
  // The measured worker process: start the send (writes the ledger), then run the send loop until done.
  const issueId = arg("issue", "");
  const { db } = await import("../lib/server/db");
  const { startSend } = await import("../lib/sends/create-send");
  const { startSendLoop } = await import("../lib/sends/loop");
  const start = Date.now();
  const cpu0 = process.cpuUsage();
  const emailId = await startSend(issueId, null);
  const ledger = Date.now();
  const stop = startSendLoop({ pollMs: 20 });
  for (;;) {
    const e = await db.email.findUniqueOrThrow({ where: { id: emailId }, select: { status: true, submittedCount: true, failedCount: true } });
    if (e.status !== "sending") {
      const end = Date.now();
      const cpu = process.cpuUsage(cpu0);
      await stop();
      process.send!({ ledgerMs: ledger - start, sendMs: end - ledger, totalMs: end - start, cpuMs: Math.round((cpu.user + cpu.system) / 1000), submitted: e.submittedCount, failed: e.failedCount });
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  process.exit(0);
}

function vmHwmMb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

type Result = { n: number; cpuMs: number; seedMs: number; ledgerMs: number; sendMs: number; totalMs: number; submitted: number; failed: number; peakRssMb: number };

// The worker runs as `npm run worker` does: with a capped old generation (WORKER_HEAP_MB), so V8
// collects the per-message garbage instead of growing the heap.
const WORKER_HEAP = `--max-old-space-size=${arg("heap-mb", "192")}`;

function spawnChild(mode: string, extra: string[], env: NodeJS.ProcessEnv) {
  return spawn(process.execPath, [...(mode === "--child" ? [WORKER_HEAP] : []), "--import", "tsx", "--import", "./scripts/allow-server-only.mjs", "scripts/bench-send.ts", mode, ...extra], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    env,
  });
}

function resultOf<T>(proc: ReturnType<typeof spawn>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    proc.on("message", (m) => resolve(m as T));
    proc.on("exit", (code) => code !== 0 && reject(new Error(`child exited with ${code}`)));
  });
}

async function run(n: number, smtpPort: number, connections: string): Promise<Result> {
  const dir = path.resolve(".tmp", "bench-send");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${n}.db`);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  const env = {
    ...process.env,
    DATABASE_URL: `file:${file}`,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`,
    SMTP_POOL_CONNECTIONS: connections,
    WORKER_IN_PROCESS: "false",
    AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-bench-secret-bench-secret-0123",
    APP_URL: "http://127.0.0.1:3000",
    CHECKPOINT_DISABLE: "1",
  };
  const seeded = await resultOf<{ issueId: string; seedMs: number }>(spawnChild("--seed", ["--recipients", String(n)], env));
  const proc = spawnChild("--child", ["--issue", seeded.issueId], env);
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, vmHwmMb(proc.pid!))), 100);
  const result = await resultOf<Omit<Result, "peakRssMb" | "seedMs" | "n">>(proc);
  peak = Math.max(peak, vmHwmMb(proc.pid!));
  await new Promise((r) => proc.once("exit", r));
  clearInterval(timer);
  return { ...result, n, seedMs: seeded.seedMs, peakRssMb: Math.round(peak) };
}

async function main(): Promise<void> {
  const n = Number(arg("recipients", "100000"));
  const connections = arg("connections", "20");
  let received = 0;
  const sink = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        received++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => sink.listen(0, "127.0.0.1", resolve));
  const port = (sink.server.address() as { port: number }).port;
  console.log(`SMTP sink on 127.0.0.1:${port}; ${connections} SMTP connections; SQLite under .tmp/bench-send`);
  const sizes = n === 10_000 ? [10_000] : [10_000, n];
  const rows: Result[] = [];
  for (const size of sizes) {
    const before = received;
    const r = await run(size, port, connections);
    if (received - before !== r.submitted) console.warn(`sink received ${received - before}, ledger says ${r.submitted}`);
    rows.push(r);
    console.log(
      `N=${size}: total ${(r.totalMs / 1000).toFixed(1)} s (ledger ${(r.ledgerMs / 1000).toFixed(1)} s + sending ${(r.sendMs / 1000).toFixed(1)} s), ` +
        `${Math.round(size / (r.totalMs / 1000))} messages/s overall (${Math.round(size / (r.sendMs / 1000))}/s sending), peak RSS ${r.peakRssMb} MB, worker CPU ${(r.cpuMs / size).toFixed(2)} ms/message` +
        ` [seeding ${(r.seedMs / 1000).toFixed(1)} s, not counted]`,
    );
  }
  sink.close();
  process.exit(0);
}

if (args.includes("--seed")) await seedChild();
else if (args.includes("--child")) await child();
else await main();
