// Send controls and tracking: scheduled sends start by themselves, pause/resume/cancel, "send to
// these" for uncertain recipients, signed click redirects (never an open redirect) and the open pixel.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { cleanupSeed, seedSend, type Seeded } from "../support/send-fixtures";
import { loadSendWorker, runSendUntilDone } from "../support/send-helpers";

vi.mock("@/lib/auth/guards", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/guards")>()),
  requireEditor: async () => ({ id: "test-editor", isEditor: true }),
}));

let capture: SmtpCapture;
let db: typeof import("@/lib/server/db").db;
let create: typeof import("@/lib/sends/create-send");
let worker: Awaited<ReturnType<typeof loadSendWorker>>;
let control: typeof import("@/lib/sends/control");
let results: typeof import("@/lib/sends/results");
const seeds: Seeded[] = [];

beforeAll(async () => {
  capture = await startSmtpCapture();
  process.env.SMTP_URL = `smtp://127.0.0.1:${capture.port}?ignoreTLS=true`;
  ({ db } = await import("@/lib/server/db"));
  create = await import("@/lib/sends/create-send");
  worker = await loadSendWorker();
  control = await import("@/lib/sends/control");
  results = await import("@/lib/sends/results");
});

afterAll(async () => {
  for (const s of seeds) await cleanupSeed(db, s);
  await capture.close();
});

async function seed(n: number) {
  const s = await seedSend(db, { subscribers: n, members: 2 });
  seeds.push(s);
  return s;
}

describe("send controls", () => {
  it("starts a scheduled send when its time has come, with the subscribers of that moment", async () => {
    const s = await seed(5);
    const emailId = await create.startSend(s.issueId, null, { scheduledAt: new Date(Date.now() + 60_000) });
    expect(await results.getActiveSendForIssue(s.issueId)).toEqual({ id: emailId, status: "pending" });
    expect(await create.startDueScheduledSends(new Date())).toBe(0);
    await db.subscription.updateMany({ where: { newsletterId: s.newsletterId, member: { email: `user4@${s.domain}` } }, data: { status: "unsubscribed" } });
    expect(await create.startDueScheduledSends(new Date(Date.now() + 61_000))).toBe(1);
    await runSendUntilDone(db, worker, emailId);
    const email = await db.email.findUniqueOrThrow({ where: { id: emailId } });
    expect(email).toMatchObject({ status: "sent", recipientCount: 4, submittedCount: 4 });
    expect((await db.issue.findUniqueOrThrow({ where: { id: s.issueId } })).status).toBe("sent");
    expect(await results.getActiveSendForIssue(s.issueId)).toBeNull();
  });

  it("pauses, resumes and cancels", async () => {
    const s = await seed(20);
    const emailId = await create.startSend(s.issueId, null);
    await control.pauseSend(emailId);
    expect(await worker.claimSendBatch("w")).toBeNull();
    await expect(control.pauseSend(emailId)).rejects.toThrow(/cannot be paused/);
    await control.resumeSend(emailId);
    const b = await worker.claimSendBatch("w");
    expect(b?.emailId).toBe(emailId);
    // paused while a batch is claimed: the worker stops and releases the batch
    await control.pauseSend(emailId);
    const r = await worker.processBatch(b!, "w");
    expect(r.stopped).toBe(true);
    expect(r.sent).toBe(0);
    expect((await db.emailBatch.findUniqueOrThrow({ where: { id: b!.id } })).status).toBe("pending");
    await control.cancelSend(emailId);
    expect(await worker.claimSendBatch("w")).toBeNull();
    expect((await results.readSendProgress(emailId))?.status).toBe("cancelled");
  });

  it("lists uncertain recipients and sends to them on request", async () => {
    const s = await seed(10);
    const emailId = await create.startSend(s.issueId, null);
    // a worker died with three recipients in flight
    const b = await worker.claimSendBatch("dead", new Date(Date.now() - 120_000));
    const three = await db.emailRecipient.findMany({ where: { batchId: b!.id }, take: 3, select: { id: true, address: true } });
    await db.emailRecipient.updateMany({ where: { id: { in: three.map((t) => t.id) } }, data: { status: "sending" } });
    await runSendUntilDone(db, worker, emailId);
    const progress = await results.readSendProgress(emailId);
    expect(progress).toMatchObject({ status: "sent", submitted: 7, uncertain: 3, remaining: 0 });
    const page = await results.getSendResults(emailId);
    expect(page?.uncertain.map((u) => u.address).sort()).toEqual(three.map((t) => t.address).sort());
    expect(await control.resendUncertain(emailId)).toBe(3);
    await runSendUntilDone(db, worker, emailId);
    expect(await results.readSendProgress(emailId)).toMatchObject({ status: "sent", submitted: 10, uncertain: 0 });
    const got = capture.messages.filter((m) => m.to[0]?.endsWith(`@${s.domain}`));
    expect(got).toHaveLength(10);
  });
});

describe("tracking", () => {
  it("redirects only our signed links, records clicks and opens, tells machine opens apart", async () => {
    const s = await seed(3);
    const emailId = await create.startSend(s.issueId, null);
    await runSendUntilDone(db, worker, emailId);
    const mail = capture.messages.find((m) => m.to[0] === `user0@${s.domain}`)!;
    const click = /href="(http[^"]+\/r\/[^"]+)"/.exec(mail.html.replace(/&amp;/g, "&"))!;
    const pixel = /src="(http[^"]+\/o\/[^"]+)"/.exec(mail.html)!;
    expect(click).toBeTruthy();
    expect(pixel).toBeTruthy();
    const r = await import("@/app/r/[token]/route");
    const o = await import("@/app/o/[token]/route");
    const call = (mod: typeof r, url: string, ua = "Mozilla/5.0 (Macintosh) Thunderbird/128") =>
      mod.GET(new Request(url, { headers: { "user-agent": ua } }), { params: Promise.resolve({ token: decodeURIComponent(new URL(url).pathname.split("/").pop()!) }) });

    const res = await call(r, click[1]!);
    expect(res.status).toBe(302);
    const target = res.headers.get("location")!;
    expect(target.startsWith("http")).toBe(true);
    const link = await db.emailLink.findFirstOrThrow({ where: { emailId, url: target }, include: { clicks: true } });
    expect(link.clicks).toHaveLength(1);
    // forged or foreign tokens: 404, never a redirect
    const token = new URL(click[1]!).pathname.split("/").pop()!;
    expect((await call(r, click[1]!.replace(token, token.slice(0, -2) + "xx"))).status).toBe(404);
    expect((await call(r, "http://x/r/https%3A%2F%2Fevil.example")).status).toBe(404);
    expect((await call(r, "http://x/r/nope.nope.nope")).status).toBe(404);

    // the pixel: a gif, no-store; a person's open vs a privacy proxy's
    await db.emailRecipient.updateMany({ where: { emailId }, data: { submittedAt: new Date(Date.now() - 60_000) } });
    const gif = await call(o, pixel[1]!);
    expect(gif.headers.get("content-type")).toBe("image/gif");
    expect(gif.headers.get("cache-control")).toContain("no-store");
    await call(o, pixel[1]!, "Mozilla/5.0");
    const page = await results.getSendResults(emailId);
    expect(page?.opens).toEqual({ human: 1, machine: 1, uniqueHuman: 1 });
    expect(page?.clicks.total).toBe(1);
    expect(page?.chart.reduce((a, p) => a + p.opens, 0)).toBe(1);

    // replays are bounded (issue 10, finding 16): 30 more clicks and opens store at most the caps
    const { MAX_CLICKS_PER_RECIPIENT_LINK, MAX_OPENS_PER_RECIPIENT } = await import("@/lib/sends/tracking");
    for (let i = 0; i < 30; i++) {
      await call(r, click[1]!);
      await call(o, pixel[1]!);
    }
    expect(await db.emailClick.count({ where: { linkId: link.id } })).toBe(MAX_CLICKS_PER_RECIPIENT_LINK);
    expect(await db.emailOpen.count({ where: { emailId } })).toBe(MAX_OPENS_PER_RECIPIENT);
    expect((await call(r, click[1]!)).status).toBe(302);
  });
});
