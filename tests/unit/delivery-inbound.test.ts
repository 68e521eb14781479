// The inbound SMTP listener (issue 14): real DSN and ARF messages sent over SMTP to the VERP return path
// (RFC 3464 / RFC 5965 examples, Gmail, Outlook and SES formats), the mailto: unsubscribe address, and
// refusals (unsigned or forged addresses at RCPT, oversized messages); plus a real send whose envelope
// sender is the VERP address a bounce then comes back to.
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanupLedger, messageIdOf, seedLedger, type LedgerFixture } from "../support/delivery-fixtures";
import { arfReport, gmailDsn, outlookNdr, rfc3464Dsn, sesDsn } from "../support/dsn-messages";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";
import { cleanupSeed, seedSend, type Seeded } from "../support/send-fixtures";
import { loadSendWorker, runSendUntilDone } from "../support/send-helpers";

let db: typeof import("@/lib/server/db").db;
let inbound: typeof import("@/lib/deliverability/inbound-smtp");
let verp: typeof import("@/lib/deliverability/return-path");
let links: typeof import("@/lib/subscriptions/unsubscribe-links");
let listener: Awaited<ReturnType<typeof import("@/lib/deliverability/inbound-smtp").startInboundSmtp>>;
let capture: SmtpCapture;
const fixtures: LedgerFixture[] = [];
const seeds: Seeded[] = [];

beforeAll(async () => {
  capture = await startSmtpCapture();
  process.env.SMTP_URL = `smtp://127.0.0.1:${capture.port}?ignoreTLS=true`;
  process.env.BOUNCE_DOMAIN = "bounces.weekly-outlook.test";
  ({ db } = await import("@/lib/server/db"));
  inbound = await import("@/lib/deliverability/inbound-smtp");
  verp = await import("@/lib/deliverability/return-path");
  links = await import("@/lib/subscriptions/unsubscribe-links");
  listener = await inbound.startInboundSmtp({ port: 0, host: "127.0.0.1" });
});

afterAll(async () => {
  for (const f of fixtures) await cleanupLedger(db, f);
  for (const s of seeds) await cleanupSeed(db, s);
  await listener.close();
  await capture.close();
});

async function fixture(o?: Parameters<typeof seedLedger>[1]) {
  const f = await seedLedger(db, o);
  fixtures.push(f);
  return f;
}

/** Sends a raw message over SMTP to the listener, with a null reverse path as MTAs send DSNs. */
async function smtpSend(to: string[], raw: string): Promise<{ ok: true } | { ok: false; code?: number; message: string }> {
  const t = nodemailer.createTransport({ host: "127.0.0.1", port: listener.port, secure: false, ignoreTLS: true, connectionTimeout: 5000 });
  try {
    await t.sendMail({ envelope: { from: "", to }, raw });
    return { ok: true };
  } catch (e) {
    const err = e as { responseCode?: number; message: string };
    return { ok: false, code: err.responseCode, message: err.message };
  } finally {
    t.close();
  }
}

const suppression = (email: string) => db.suppression.findUnique({ where: { email } });
const returnPath = (f: LedgerFixture, e: number, m: number) => verp.verpAddress(f.recipients[e]![m]!, "newsletter@weekly-outlook.test");
const original = (f: LedgerFixture, e: number, m: number) => ({ to: f.members[m]!.email, messageId: messageIdOf(f, e, m) });

describe("inbound SMTP: DSNs", () => {
  it("Gmail, Outlook and RFC 3464 hard bounces suppress the address the signed return path names", async () => {
    const f = await fixture({ members: 3, sends: 1 });
    expect(await smtpSend([returnPath(f, 0, 0)], gmailDsn(original(f, 0, 0)))).toEqual({ ok: true });
    expect(await smtpSend([returnPath(f, 0, 1)], outlookNdr(original(f, 0, 1)))).toEqual({ ok: true });
    expect(await smtpSend([returnPath(f, 0, 2)], rfc3464Dsn(original(f, 0, 2), { status: "5.1.1", diagnostic: "smtp; 550 5.1.1 <x>... User unknown" }))).toEqual({ ok: true });
    for (let m = 0; m < 3; m++) {
      expect(await suppression(f.members[m]!.email), f.members[m]!.email).toMatchObject({ reason: "hard_bounce" });
      expect((await db.emailRecipient.findUniqueOrThrow({ where: { id: f.recipients[0]![m]! } })).bounce).toBe("hard");
    }
    const ev = await db.deliveryEvent.findFirstOrThrow({ where: { recipientId: f.recipients[0]![1]! } });
    expect(ev).toMatchObject({ provider: "dsn", type: "bounce_hard" });
    expect(ev.summary).toContain("5.1.10");
  });

  it("the same DSN delivered twice is applied once", async () => {
    const f = await fixture({ members: 1, sends: 1 });
    const dsn = gmailDsn(original(f, 0, 0));
    expect(await smtpSend([returnPath(f, 0, 0)], dsn)).toEqual({ ok: true });
    expect(await smtpSend([returnPath(f, 0, 0)], dsn)).toEqual({ ok: true });
    expect(await db.deliveryEvent.count({ where: { recipientId: f.recipients[0]![0]! } })).toBe(1);
  });

  it("SES's mailbox-full DSN and the RFC example's 4.0.0 are soft; 3 of the last 5 sends suppress", async () => {
    const f = await fixture({ members: 1, sends: 5 });
    const email = f.members[0]!.email;
    await smtpSend([returnPath(f, 0, 0)], sesDsn(original(f, 0, 0)));
    await smtpSend([returnPath(f, 1, 0)], rfc3464Dsn(original(f, 1, 0)));
    expect(await suppression(email)).toBeNull();
    expect((await db.emailRecipient.findUniqueOrThrow({ where: { id: f.recipients[0]![0]! } })).bounce).toBe("soft");
    await smtpSend([returnPath(f, 3, 0)], sesDsn(original(f, 3, 0)));
    const s = await suppression(email);
    expect(s).toMatchObject({ reason: "soft_bounce" });
    expect(s!.detail).toContain("3 soft bounces in the last 5 sends");
  });

  it("a 'delayed' DSN and a message that is not a report change nothing", async () => {
    const f = await fixture({ members: 1, sends: 1 });
    expect(await smtpSend([returnPath(f, 0, 0)], rfc3464Dsn(original(f, 0, 0), { action: "delayed", status: "4.4.7" }))).toEqual({ ok: true });
    expect(await smtpSend([returnPath(f, 0, 0)], "From: someone@example.org\r\nTo: x@example.org\r\nSubject: Out of office\r\n\r\nI am away until Monday.\r\n")).toEqual({ ok: true });
    expect(await db.deliveryEvent.count({ where: { address: f.members[0]!.email } })).toBe(0);
    expect(await suppression(f.members[0]!.email)).toBeNull();
  });
});

describe("inbound SMTP: feedback reports and mailto: unsubscribes", () => {
  it("an ARF abuse report unsubscribes from every newsletter and suppresses", async () => {
    const f = await fixture({ members: 2, sends: 1, newsletters: 2 });
    expect(await smtpSend([returnPath(f, 0, 0)], arfReport(original(f, 0, 0)))).toEqual({ ok: true });
    expect(await suppression(f.members[0]!.email)).toMatchObject({ reason: "complaint" });
    const subs = await db.subscription.findMany({ where: { memberId: f.members[0]!.id } });
    expect(subs.map((s) => s.status)).toEqual(["unsubscribed", "unsubscribed"]);
    // a "not-spam" report is not a complaint
    expect(await smtpSend([returnPath(f, 0, 1)], arfReport(original(f, 0, 1), "not-spam"))).toEqual({ ok: true });
    expect(await suppression(f.members[1]!.email)).toBeNull();
  });

  it("mail to the signed mailto: address unsubscribes that member from that newsletter only", async () => {
    const f = await fixture({ members: 1, sends: 1, newsletters: 2 });
    const m = f.members[0]!;
    const header = links.listUnsubscribeHeaders(m.id, f.newsletterIds[0]!)["List-Unsubscribe"]!;
    const address = /<mailto:([^?>]+)/.exec(header)![1]!;
    expect(address.split("@")[0]!.length).toBeLessThanOrEqual(64);
    expect(address.endsWith("@bounces.weekly-outlook.test")).toBe(true);
    expect(await smtpSend([address], `From: <${m.email}>\r\nTo: <${address}>\r\nSubject: unsubscribe\r\n\r\nThis message was automatically generated by Gmail.\r\n`)).toEqual({ ok: true });
    const subs = await db.subscription.findMany({ where: { memberId: m.id }, orderBy: { newsletterId: "asc" } });
    const byNl = new Map(subs.map((s) => [s.newsletterId, s.status]));
    expect(byNl.get(f.newsletterIds[0]!)).toBe("unsubscribed");
    expect(byNl.get(f.newsletterIds[1]!)).toBe("active");
    const ev = await db.subscribeEvent.findFirstOrThrow({ where: { memberId: m.id, type: "unsubscribed" } });
    expect(ev.source).toBe("mailto");
  });
});

describe("inbound SMTP: refusals", () => {
  it("unsigned, forged and foreign recipients are refused at RCPT; nothing is stored", async () => {
    const f = await fixture({ members: 1, sends: 1 });
    const good = returnPath(f, 0, 0);
    const forged = good.replace(/-([0-9a-f]+)@/, (_m, sig: string) => `-${sig.slice(0, -1)}${sig.endsWith("0") ? "1" : "0"}@`);
    const other = verp.verpAddress("someoneelse0000000000000000000000", "x@y.z").replace(/-[0-9a-f]+@/, "-0000000000000000@");
    for (const to of [forged, other, "postmaster@bounces.weekly-outlook.test", `u+${f.members[0]!.id}-${f.newsletterIds[0]}-0000000000@bounces.weekly-outlook.test`]) {
      const r = await smtpSend([to], gmailDsn(original(f, 0, 0)));
      expect(r.ok, to).toBe(false);
      expect(r.ok ? 0 : r.code).toBe(550);
    }
    expect(await suppression(f.members[0]!.email)).toBeNull();
    expect((await db.subscription.findMany({ where: { memberId: f.members[0]!.id } })).every((s) => s.status === "active")).toBe(true);
  });

  it("an oversized message is refused with 552", async () => {
    const f = await fixture({ members: 1, sends: 1 });
    const big = gmailDsn(original(f, 0, 0)).replace("** Address not found **", `** Address not found **\r\n${"x".repeat(998)}\r\n`.repeat(1100));
    const r = await smtpSend([returnPath(f, 0, 0)], big);
    expect(r.ok).toBe(false);
    expect(r.ok ? 0 : r.code).toBe(552);
    expect(await suppression(f.members[0]!.email)).toBeNull();
  });
});

describe("VERP on a real send", () => {
  it("each message's envelope sender is its signed return path, and a bounce to it suppresses that recipient", async () => {
    const s = await seedSend(db, { subscribers: 5 });
    seeds.push(s);
    const create = await import("@/lib/sends/create-send");
    const worker = await loadSendWorker();
    const emailId = await create.startSend(s.issueId, null);
    await runSendUntilDone(db, worker, emailId);
    const rows = await db.emailRecipient.findMany({ where: { emailId }, select: { id: true, address: true } });
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      const m = capture.messages.find((x) => x.to[0] === r.address)!;
      expect(m.from).toBe(verp.verpAddress(r.id, "x@x"));
      expect(m.from.startsWith(`bounces+${r.id}-`)).toBe(true);
    }
    const victim = rows[2]!;
    const m = capture.messages.find((x) => x.to[0] === victim.address)!;
    expect(await smtpSend([m.from], gmailDsn({ to: victim.address, messageId: m.messageId }))).toEqual({ ok: true });
    expect(await suppression(victim.address)).toMatchObject({ reason: "hard_bounce", emailId });
    expect(await db.suppression.count({ where: { email: { endsWith: `@${s.domain}` } } })).toBe(1);
  });
});
