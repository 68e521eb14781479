// The send pipeline end to end over real SMTP: right recipients exactly once, variants, headers,
// retries on 4xx, SMTP outages, 5xx suppression, and clear errors for bad input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { cleanupSeed, MEMBERS_ONLY_TEXT, PUBLIC_TEXT, seedSend, type Seeded } from "../support/send-fixtures";
import { loadSendWorker, runSendUntilDone } from "../support/send-helpers";

let capture: SmtpCapture;
let port: number;
let db: typeof import("@/lib/server/db").db;
let create: typeof import("@/lib/sends/create-send");
let worker: Awaited<ReturnType<typeof loadSendWorker>>;
let links: typeof import("@/lib/subscriptions/unsubscribe-links");
const seeds: Seeded[] = [];

beforeAll(async () => {
  capture = await startSmtpCapture();
  port = capture.port;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}?ignoreTLS=true`;
  process.env.SEND_RETRY_BASE_MS = "50";
  process.env.SMTP_POOL_CONNECTIONS = "5";
  ({ db } = await import("@/lib/server/db"));
  create = await import("@/lib/sends/create-send");
  worker = await loadSendWorker();
  links = await import("@/lib/subscriptions/unsubscribe-links");
});

afterAll(async () => {
  for (const s of seeds) await cleanupSeed(db, s);
  await capture.close();
});

async function seed(o: Parameters<typeof seedSend>[1]) {
  const s = await seedSend(db, o);
  seeds.push(s);
  return s;
}

const received = (domain: string) => capture.messages.filter((m) => m.to[0]?.endsWith(`@${domain}`));

describe("send pipeline", () => {
  it("sends exactly one email to each active, unsuppressed subscriber with the right variant and headers", async () => {
    const s = await seed({ subscribers: 1000, members: 150, suppressed: 40, unsubscribed: 60, pending: 20 });
    const counts = await create.countRecipients(s.newsletterId);
    expect(counts).toEqual({ total: 880, member: 150, free: 730 });
    const emailId = await create.startSend(s.issueId, null);
    await runSendUntilDone(db, worker, emailId);

    const email = await db.email.findUniqueOrThrow({ where: { id: emailId } });
    expect(email).toMatchObject({ status: "sent", recipientCount: 880, submittedCount: 880, failedCount: 0 });
    const mails = received(s.domain);
    expect(mails).toHaveLength(880);
    const byAddress = new Map<string, typeof mails>();
    for (const m of mails) byAddress.set(m.to[0]!, [...(byAddress.get(m.to[0]!) ?? []), m]);
    expect(byAddress.size).toBe(880);
    for (let i = 0; i < 1000; i++) expect(byAddress.has(`user${i}@${s.domain}`)).toBe(i < 880);

    const recipients = await db.emailRecipient.findMany({ where: { emailId }, select: { id: true, address: true, memberId: true, variant: true, status: true } });
    expect(recipients.every((r) => r.status === "submitted")).toBe(true);
    const host = new URL(process.env.APP_URL!).hostname;
    for (const r of recipients.slice(0, 300)) {
      const m = byAddress.get(r.address)![0]!;
      const isMember = r.variant === "member";
      expect(isMember).toBe(Number(/user(\d+)@/.exec(r.address)![1]) < 150);
      expect(m.text.includes(MEMBERS_ONLY_TEXT)).toBe(isMember);
      expect(m.html.includes(MEMBERS_ONLY_TEXT)).toBe(isMember);
      expect(m.text).toContain(PUBLIC_TEXT);
      if (!isMember) expect(m.html).toContain("Sign in to read");
      expect(m.messageId).toBe(`<${emailId}.${r.id}@${host}>`);
      expect(m.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
      expect(m.headers["list-unsubscribe"]).toContain(`/api/unsubscribe?m=${r.memberId}`);
      expect(m.headers["list-unsubscribe"]).toContain("mailto:");
      expect(m.headers["list-id"]).toContain(s.slug);
      expect(m.html).toContain("Vinohradsk"); // postal address footer
      expect(m.html).not.toContain("%%");
    }

    // The List-Unsubscribe URL of a received email is validly signed for that member and newsletter.
    const r0 = recipients[0]!;
    const header = byAddress.get(r0.address)![0]!.headers["list-unsubscribe"]!;
    const url = new URL(/<(http[^>]+)>/.exec(header)![1]!);
    const link = { m: url.searchParams.get("m")!, n: url.searchParams.get("n")!, s: url.searchParams.get("s")!, t: url.searchParams.get("t")! };
    expect(links.unsubscribeLinkState(link)).toBe("fresh");
    expect(links.verifyUnsubscribe({ ...link, n: "other" })).toBe(false);

    // RFC 8058 one-click: POST List-Unsubscribe=One-Click to that URL unsubscribes the member.
    const { POST } = await import("@/app/api/unsubscribe/route");
    const { NextRequest } = await import("next/server");
    const res = await POST(
      new NextRequest(url, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }),
    );
    expect(res.status).toBe(200);
    const sub = await db.subscription.findFirstOrThrow({ where: { memberId: r0.memberId!, newsletterId: s.newsletterId } });
    expect(sub.status).toBe("unsubscribed");
    const forged = new URL(url);
    forged.searchParams.set("m", recipients[1]!.memberId!);
    const bad = await POST(new NextRequest(forged, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }));
    expect(bad.status).toBe(400);
  });

  it("retries SMTP 4xx answers with backoff and delivers everyone", async () => {
    const s = await seed({ subscribers: 200 });
    capture.faults.rcptCode = 421;
    capture.faults.rate = 0.25;
    try {
      const emailId = await create.startSend(s.issueId, null);
      await runSendUntilDone(db, worker, emailId);
      const mails = received(s.domain);
      expect(new Set(mails.map((m) => m.to[0])).size).toBe(200);
      expect(mails).toHaveLength(200);
      const deferredOnce = await db.emailRecipient.count({ where: { emailId, attempts: { gt: 1 } } });
      expect(deferredOnce).toBeGreaterThan(0);
      expect(await db.emailRecipient.count({ where: { emailId, status: "submitted" } })).toBe(200);
    } finally {
      capture.faults.rcptCode = undefined;
      capture.faults.rate = undefined;
    }
  });

  it("waits while SMTP is down and resumes when it is back", async () => {
    const s = await seed({ subscribers: 100 });
    await capture.close();
    const emailId = await create.startSend(s.issueId, null);
    const b = await worker.claimSendBatch("down-worker");
    expect(b).not.toBeNull();
    const r = await worker.processBatch(b!, "down-worker");
    expect(r.deferred).toBe(100);
    expect(await db.emailRecipient.count({ where: { emailId, status: "deferred", attempts: 0 } })).toBe(100);
    const old = capture.messages;
    capture = await startSmtpCapture({ port });
    capture.messages.push(...old);
    await runSendUntilDone(db, worker, emailId);
    expect(received(s.domain)).toHaveLength(100);
  });

  it("fails 5xx recipients and suppresses hard bounces", async () => {
    const s = await seed({ subscribers: 50 });
    capture.clear();
    capture.faults.rcptCode = 550;
    capture.faults.every = 10;
    try {
      const emailId = await create.startSend(s.issueId, null);
      await runSendUntilDone(db, worker, emailId);
      const failed = await db.emailRecipient.findMany({ where: { emailId, status: "failed" }, select: { address: true, lastError: true } });
      expect(failed).toHaveLength(5);
      expect(failed.every((f) => /550/.test(f.lastError ?? ""))).toBe(true);
      const sup = await db.suppression.findMany({ where: { email: { in: failed.map((f) => f.address) } } });
      expect(sup).toHaveLength(5);
      expect(sup.every((x) => x.reason === "hard_bounce" && x.emailId === emailId)).toBe(true);
      expect(received(s.domain)).toHaveLength(45);
      expect(await db.email.findUniqueOrThrow({ where: { id: emailId } })).toMatchObject({ status: "sent", submittedCount: 45, failedCount: 5 });
    } finally {
      capture.faults.rcptCode = undefined;
      capture.faults.every = undefined;
    }
  });

  it("gives clear errors for bad input", async () => {
    const s = await seed({ subscribers: 3 });
    await expect(create.startSend("no-such-issue", null)).rejects.toThrow("This issue does not exist.");
    const empty = await db.issue.create({ data: { newsletterId: s.newsletterId, number: 2, subject: "Empty" } });
    await expect(create.startSend(empty.id, null)).rejects.toThrow(/no sections/);
    const scheduled = await create.startSend(s.issueId, null, { scheduledAt: new Date(Date.now() + 3600_000) });
    await expect(create.startSend(s.issueId, null)).rejects.toThrow(/already scheduled/);
    await db.email.update({ where: { id: scheduled }, data: { status: "cancelled" } });
    await db.issue.update({ where: { id: s.issueId }, data: { status: "draft" } });
    const emailId = await create.startSend(s.issueId, null);
    await expect(create.startSend(s.issueId, null)).rejects.toThrow(/already been sent|already running/);
    await runSendUntilDone(db, worker, emailId);
    await expect(create.startSend(s.issueId, null)).rejects.toThrow("This issue has already been sent.");
    await db.newsletter.update({ where: { id: s.newsletterId }, data: { status: "archived" } });
    await expect(create.startSend(empty.id, null)).rejects.toThrow(/archived/);
    // two clicks at once: only one send starts
    await db.newsletter.update({ where: { id: s.newsletterId }, data: { status: "active" } });
    const third = await db.issue.create({ data: { newsletterId: s.newsletterId, number: 3, subject: "Third", sections: { create: [{ position: 0, heading: "H", body: "B" }] } } });
    const both = await Promise.allSettled([create.startSend(third.id, null), create.startSend(third.id, null)]);
    expect(both.filter((x) => x.status === "fulfilled")).toHaveLength(1);
    const started = both.find((x) => x.status === "fulfilled") as PromiseFulfilledResult<string>;
    await runSendUntilDone(db, worker, started.value);
  });
});
