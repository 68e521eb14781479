// The outbox delivers through real SMTP, retries while SMTP is down, and never loses a message.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";

let capture: SmtpCapture;
let port: number;
type Outbox = typeof import("@/lib/mail/outbox");
let outbox: Outbox;
let db: typeof import("@/lib/server/db").db;

beforeAll(async () => {
  capture = await startSmtpCapture();
  port = capture.port;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}?ignoreTLS=true`;
  outbox = await import("@/lib/mail/outbox");
  ({ db } = await import("@/lib/server/db"));
});

afterAll(async () => {
  await db.outboxMessage.deleteMany({ where: { to: { endsWith: "@outbox.test" } } });
  await capture.close();
});

async function enqueue(to: string) {
  return db.$transaction((tx) => outbox.enqueueEmail(tx, to, "smtp-test", { requestedBy: "vitest" }));
}

describe("outbox", () => {
  it("sends a queued message over SMTP with HTML and plain text, then forgets the payload", async () => {
    const id = await enqueue("first@outbox.test");
    const sealed = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(sealed.payload).not.toContain("vitest"); // sealed at rest
    const r = await outbox.drainOutbox();
    expect(r.sent).toBeGreaterThanOrEqual(1);
    const mail = await capture.waitFor((m) => m.to.includes("first@outbox.test"));
    expect(mail.subject).toBe("Test email from Weekly Outlook");
    expect(mail.html).toContain("Requested by");
    expect(mail.text).toContain("Requested by vitest");
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("sent");
    expect(row.payload).toBe("");
    expect(row.smtpMessageId).toBe(mail.messageId);
  });

  it("keeps messages while SMTP is down and delivers them when it returns", async () => {
    await capture.close();
    const ids = await Promise.all(["a", "b", "c"].map((x) => enqueue(`${x}@outbox.test`)));
    const down = await outbox.drainOutbox();
    expect(down.retried).toBe(3);
    const pending = await db.outboxMessage.findMany({ where: { id: { in: ids } } });
    expect(pending.every((m) => m.status === "pending" && m.nextAttemptAt > new Date() && m.lastError)).toBe(true);

    capture = await startSmtpCapture({ port });
    await db.outboxMessage.updateMany({ where: { id: { in: ids } }, data: { nextAttemptAt: new Date() } });
    const up = await outbox.drainOutbox();
    expect(up.sent).toBe(3);
    for (const x of ["a", "b", "c"]) await capture.waitFor((m) => m.to.includes(`${x}@outbox.test`));
    expect(capture.messages.filter((m) => m.to[0]?.endsWith("@outbox.test"))).toHaveLength(3);
  });

  it("marks a message failed when SMTP refuses it permanently (5xx)", async () => {
    capture.faults.rcptCode = 550;
    capture.faults.every = 1;
    const id = await enqueue("refused@outbox.test");
    const r = await outbox.drainOutbox();
    capture.faults.rcptCode = undefined;
    expect(r.failed).toBe(1);
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe("failed");
    expect(row.lastError).toMatch(/550/);
  });

  it("records the other outcomes when a row disappears while its mail is in flight", async () => {
    // A member who erases their data deletes their queued mail; the drain's outcome commit must not
    // fail for everyone else (it would leave them "sending" and send them twice later).
    const port2 = await startSmtpCapture({
      onRcpt: async (address) => {
        if (address === "gone@outbox.test") await db.outboxMessage.deleteMany({ where: { to: address } });
      },
    });
    await capture.close();
    capture = port2;
    process.env.SMTP_URL = `smtp://127.0.0.1:${port2.port}?ignoreTLS=true`;
    // a fresh module graph so the transport picks up the new port
    const { vi } = await import("vitest");
    vi.resetModules();
    outbox = await import("@/lib/mail/outbox");
    ({ db } = await import("@/lib/server/db"));
    const stay = await enqueue("stays@outbox.test");
    await enqueue("gone@outbox.test");
    await outbox.drainOutbox({ concurrency: 1 });
    const row = await db.outboxMessage.findUniqueOrThrow({ where: { id: stay } });
    expect(row.status).toBe("sent");
    expect(await db.outboxMessage.count({ where: { to: "gone@outbox.test" } })).toBe(0);
  });

  it("backs off exponentially and caps the delay", () => {
    expect(outbox.backoffMs(1)).toBe(15_000);
    expect(outbox.backoffMs(2)).toBe(30_000);
    expect(outbox.backoffMs(20)).toBe(3_600_000);
  });
});
