// Crash safety: worker processes killed with SIGKILL at random points of a 5,000-recipient send; after
// restarts every recipient has exactly one accepted message, except the in-flight ones the
// reconciliation list names. On PostgreSQL, two worker processes share one send without duplicates.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { cleanupSeed, seedSend, type Seeded } from "../support/send-fixtures";

const CONNECTIONS = 5;
let capture: SmtpCapture;
let db: typeof import("@/lib/server/db").db;
let create: typeof import("@/lib/sends/create-send");
const seeds: Seeded[] = [];

beforeAll(async () => {
  capture = await startSmtpCapture({ keepBodies: false });
  process.env.SMTP_URL = `smtp://127.0.0.1:${capture.port}?ignoreTLS=true`;
  ({ db } = await import("@/lib/server/db"));
  create = await import("@/lib/sends/create-send");
});

afterAll(async () => {
  for (const s of seeds) await cleanupSeed(db, s);
  await capture.close();
});

function spawnWorker(): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/allow-server-only.mjs", path.join("tests", "support", "send-worker-child.ts")], {
    stdio: ["ignore", "ignore", "inherit", "ipc"],
    env: {
      ...process.env,
      SMTP_URL: `smtp://127.0.0.1:${capture.port}?ignoreTLS=true`,
      SMTP_POOL_CONNECTIONS: String(CONNECTIONS),
      SEND_LEASE_SECONDS: "1",
      SEND_RETRY_BASE_MS: "100",
      WORKER_IN_PROCESS: "false",
    },
  });
}

const exited = (p: ChildProcess) => new Promise<void>((resolve) => (p.exitCode !== null || p.signalCode !== null ? resolve() : p.once("exit", () => resolve())));

async function waitFor(cond: () => Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function settledCapture() {
  let last = -1;
  while (capture.messages.length !== last) {
    last = capture.messages.length;
    await new Promise((r) => setTimeout(r, 400));
  }
}

async function verifyLedger(emailId: string, domain: string, maxUncertain: number) {
  await settledCapture();
  const received = new Map<string, number>();
  for (const m of capture.messages) if (m.to[0]?.endsWith(`@${domain}`)) received.set(m.to[0]!, (received.get(m.to[0]!) ?? 0) + 1);
  const rows = await db.emailRecipient.findMany({ where: { emailId }, select: { address: true, status: true } });
  const statuses = new Map<string, number>();
  for (const r of rows) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
  // nobody got two copies
  expect([...received.values()].filter((n) => n > 1)).toEqual([]);
  const uncertain = rows.filter((r) => r.status === "uncertain");
  for (const r of rows) {
    if (r.status === "submitted") expect(received.get(r.address), r.address).toBe(1);
    else expect(r.status, `${r.address} is ${r.status}`).toBe("uncertain");
  }
  // nobody skipped: everyone without a message is on the reconciliation list
  const missing = rows.filter((r) => !received.has(r.address));
  expect(missing.every((r) => r.status === "uncertain")).toBe(true);
  expect(uncertain.length).toBeLessThanOrEqual(maxUncertain);
  return { statuses: Object.fromEntries(statuses), uncertain: uncertain.length, received: received.size };
}

describe("send crash safety", () => {
  it("survives SIGKILL at random points of a 5,000-recipient send", async () => {
    const s = await seedSend(db, { subscribers: 5000, members: 1000 });
    seeds.push(s);
    const emailId = await create.startSend(s.issueId, null);
    const submitted = () => db.emailRecipient.count({ where: { emailId, status: "submitted" } });
    const KILLS = 4;
    for (let k = 0; k < KILLS; k++) {
      const before = await submitted();
      const child = spawnWorker();
      // kill somewhere after it has made progress: a random number of further messages
      const target = before + 50 + Math.floor(Math.random() * 700);
      await waitFor(async () => (await submitted()) >= Math.min(target, 4900) || child.exitCode !== null, 60_000, "progress");
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 40)));
      child.kill("SIGKILL");
      await exited(child);
    }
    const last = spawnWorker();
    await waitFor(async () => (await db.email.findUniqueOrThrow({ where: { id: emailId }, select: { status: true } })).status === "sent", 90_000, "send to finish");
    last.kill("SIGTERM");
    await exited(last);
    const v = await verifyLedger(emailId, s.domain, KILLS * CONNECTIONS);
    console.log("[crash test]", JSON.stringify(v));
    expect(v.received + v.uncertain).toBeGreaterThanOrEqual(5000);
  }, 180_000);

  it.skipIf(process.env.TEST_DB !== "postgres")("lets two worker processes share one send on PostgreSQL without duplicates (skipped on SQLite: it runs one worker)", async () => {
    const s = await seedSend(db, { subscribers: 3000 });
    seeds.push(s);
    const emailId = await create.startSend(s.issueId, null);
    const a = spawnWorker();
    const b = spawnWorker();
    await waitFor(async () => (await db.email.findUniqueOrThrow({ where: { id: emailId }, select: { status: true } })).status === "sent", 120_000, "send to finish");
    a.kill("SIGTERM");
    b.kill("SIGTERM");
    await Promise.all([exited(a), exited(b)]);
    const v = await verifyLedger(emailId, s.domain, 0);
    expect(v.received).toBe(3000);
    const workers = await db.emailBatch.findMany({ where: { emailId }, distinct: ["claimedBy"], select: { claimedBy: true } });
    expect(workers.length).toBe(2);
  }, 180_000);
});
