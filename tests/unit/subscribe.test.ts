// Subscribing end to end against a real database and a real SMTP capture: double opt-in, tokens,
// concurrency, bad input, unsubscribe links, SMTP outage, data export and deletion.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpCapture, type SmtpCapture } from "../support/smtp-capture";

let capture: SmtpCapture;
let port: number;
let db: typeof import("@/lib/server/db").db;
let subs: typeof import("@/lib/subscriptions/state");
let outbox: typeof import("@/lib/mail/outbox");
let links: typeof import("@/lib/subscriptions/unsubscribe-links");
let data: typeof import("@/lib/members/personal-data");
let crypto: typeof import("@/lib/server/crypto");
let newsletterId: string;
const D = "@subscribe.test";

beforeAll(async () => {
  capture = await startSmtpCapture();
  port = capture.port;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}?ignoreTLS=true`;
  ({ db } = await import("@/lib/server/db"));
  subs = await import("@/lib/subscriptions/state");
  outbox = await import("@/lib/mail/outbox");
  links = await import("@/lib/subscriptions/unsubscribe-links");
  data = await import("@/lib/members/personal-data");
  crypto = await import("@/lib/server/crypto");
  const nl = (await db.newsletter.findFirst({ where: { slug: "weekly-outlook" } })) ?? (await db.newsletter.create({ data: { slug: "weekly-outlook", name: "Weekly Outlook" } }));
  newsletterId = nl.id;
});

afterAll(async () => {
  await db.member.deleteMany({ where: { email: { endsWith: D } } });
  await db.outboxMessage.deleteMany({ where: { to: { endsWith: D } } });
  await db.rateLimitBucket.deleteMany({});
  await capture.close();
});

async function drainAll() {
  for (let i = 0; i < 10; i++) {
    const r = await outbox.drainOutbox({ limit: 200 });
    if (r.sent + r.retried + r.failed === 0) break;
  }
}

function tokenFrom(text: string): string {
  const m = /\/subscribe\/confirm\?token=([A-Za-z0-9_-]+)/.exec(text);
  if (!m) throw new Error("no confirmation link in mail");
  return m[1]!;
}

async function signupAndGetToken(email: string): Promise<string> {
  const r = await subs.requestSubscription({ email }, "10.0.0.1", "form");
  expect(r.ok).toBe(true);
  await drainAll();
  const mail = await capture.waitFor((m) => m.to.includes(email.toLowerCase()) && /Confirm/.test(m.subject));
  expect(mail.html).toContain("Confirm subscription");
  expect(mail.text).toContain("/subscribe/confirm?token=");
  return tokenFrom(mail.text);
}

describe("double opt-in", () => {
  it("subscribe → pending + one confirmation; confirm → active + welcome with List-Unsubscribe", async () => {
    const email = `jana${D}`;
    const token = await signupAndGetToken(email);
    const m = await db.member.findUniqueOrThrow({ where: { email }, include: { subscriptions: true } });
    expect(m.subscriptions).toHaveLength(1);
    expect(m.subscriptions[0]!.status).toBe("pending");
    const stored = await db.actionToken.findFirstOrThrow({ where: { memberId: m.id } });
    expect(stored.tokenHash).toBe(crypto.sha256(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16);

    expect(await subs.inspectConfirmToken(token)).toBe("valid");
    const r = await subs.confirmSubscription(token);
    expect(r.status).toBe("confirmed");
    const sub = await db.subscription.findFirstOrThrow({ where: { memberId: m.id } });
    expect(sub.status).toBe("active");
    await drainAll();
    const welcome = await capture.waitFor((x) => x.to.includes(email) && /Welcome/.test(x.subject));
    expect(welcome.headers["list-unsubscribe"]!.replace(/\s+/g, " ")).toMatch(/<https?:\/\/[^>]+\/api\/unsubscribe\?m=[^>]+>, <mailto:[^>]+>/);
    expect(welcome.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(welcome.text).toContain("/unsubscribe?m=");
    const events = await db.subscribeEvent.findMany({ where: { memberId: m.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["requested", "confirmed"]);
  });

  it("same answer for new, pending, active and unsubscribed; pending re-sends at most once per 10 minutes", async () => {
    const email = `same${D}`;
    const before = await db.outboxMessage.count({ where: { to: email } });
    for (let i = 0; i < 3; i++) expect(await subs.requestSubscription({ email }, "10.0.0.2", "form")).toEqual({ ok: true });
    expect((await db.outboxMessage.count({ where: { to: email } })) - before).toBe(1);
    // after 10 minutes, one more
    await db.subscription.updateMany({ where: { member: { email } }, data: { confirmationSentAt: new Date(Date.now() - 11 * 60_000) } });
    expect(await subs.requestSubscription({ email }, "10.0.0.2", "form")).toEqual({ ok: true });
    expect((await db.outboxMessage.count({ where: { to: email } })) - before).toBe(2);
    // active: same answer, no mail
    await db.subscription.updateMany({ where: { member: { email } }, data: { status: "active" } });
    expect(await subs.requestSubscription({ email }, "10.0.0.2", "form")).toEqual({ ok: true });
    expect((await db.outboxMessage.count({ where: { to: email } })) - before).toBe(2);
  });

  it("50 simultaneous subscribes of one address → one member, one subscription, one confirmation", async () => {
    const email = `crowd${D}`;
    await Promise.all(Array.from({ length: 50 }, () => subs.subscribe({ email })));
    const members = await db.member.findMany({ where: { email }, include: { subscriptions: true } });
    expect(members).toHaveLength(1);
    expect(members[0]!.subscriptions).toHaveLength(1);
    expect(await db.outboxMessage.count({ where: { to: email, template: "confirm-subscription" } })).toBe(1);
    expect(await db.actionToken.count({ where: { memberId: members[0]!.id } })).toBe(1);
  });
});

describe("tokens", () => {
  it("refuses expired, reused, tampered and unknown tokens", async () => {
    const token = await signupAndGetToken(`tok${D}`);
    const tampered = token.slice(0, -2) + (token.endsWith("AA") ? "BB" : "AA");
    expect(await subs.inspectConfirmToken(tampered)).toBe("invalid");
    expect((await subs.confirmSubscription(tampered)).status).toBe("invalid");
    expect((await subs.confirmSubscription("not a token")).status).toBe("invalid");
    expect((await subs.confirmSubscription(token)).status).toBe("confirmed");
    expect((await subs.confirmSubscription(token)).status).toBe("used");

    const t2 = await signupAndGetToken(`expired${D}`);
    await db.actionToken.updateMany({ where: { tokenHash: crypto.sha256(t2) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await subs.inspectConfirmToken(t2)).toBe("expired");
    expect((await subs.confirmSubscription(t2)).status).toBe("expired");
    expect((await db.subscription.findFirstOrThrow({ where: { member: { email: `expired${D}` } } })).status).toBe("pending");
    // an expired link can ask for a new one
    await db.subscription.updateMany({ where: { member: { email: `expired${D}` } }, data: { confirmationSentAt: new Date(0) } });
    await subs.resendConfirmation(t2);
    expect(await db.outboxMessage.count({ where: { to: `expired${D}`, template: "confirm-subscription" } })).toBe(2);
  });

  it("a manage token cannot confirm, and unsubscribe signatures are per member and newsletter", async () => {
    const a = await db.member.create({ data: { email: `a${D}`, subscriptions: { create: { newsletterId, status: "active" } } } });
    const b = await db.member.create({ data: { email: `b${D}`, subscriptions: { create: { newsletterId, status: "active" } } } });
    const t = String(Math.floor(Date.now() / 86_400_000));
    const sigA = links.unsubscribeSignature(a.id, newsletterId, Number(t));
    expect(links.verifyUnsubscribe({ m: a.id, n: newsletterId, s: sigA, t })).toBe(true);
    expect(links.verifyUnsubscribe({ m: b.id, n: newsletterId, s: sigA, t })).toBe(false);
    expect(links.verifyUnsubscribe({ m: a.id, n: "other", s: sigA, t })).toBe(false);
    expect(links.verifyUnsubscribe({ m: a.id, n: newsletterId, s: sigA.slice(0, -1) + "x", t })).toBe(false);
    expect(links.verifyUnsubscribe({ m: a.id, n: newsletterId, s: sigA, t: String(Number(t) - 1) })).toBe(false);
    const h = links.listUnsubscribeHeaders(a.id, newsletterId);
    expect(h["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(h["List-Unsubscribe"]).toContain(encodeURIComponent(sigA).replace(/%2D/g, "-"));
  });
});

describe("bad input", () => {
  const bad: [string, unknown][] = [
    ["empty", { email: "" }],
    ["missing", {}],
    ["255+ chars", { email: `${"a".repeat(250)}@example.com` }],
    ["no @", { email: "jana.example.com" }],
    ["CRLF", { email: "x@example.com\r\nBcc: victim@example.com" }],
    ["header injection in name", { email: `inj${D}`, name: "Eve\r\nBcc: all@example.com" }],
    ["Cyrillic look-alike", { email: "jаna@example.com" }],
    ["full-width at", { email: "jana＠example.com" }],
    ["html in name", { email: `html${D}`, name: "<script>alert(1)</script>" }],
    ["not a string", { email: ["a@b.com"] }],
    ["huge", { email: "a".repeat(1_000_000) }],
  ];
  for (const [what, input] of bad) {
    it(`refuses ${what} with a message and stores nothing`, async () => {
      const members = await db.member.count();
      const r = await subs.requestSubscription(input, "10.0.0.3", "api");
      expect(r.ok).toBe(false);
      if (!r.ok && r.kind === "invalid") expect(Object.values(r.fieldErrors).flat()[0]).toMatch(/\w/);
      else throw new Error("expected invalid");
      expect(await db.member.count()).toBe(members);
    });
  }

  it("normalizes the address (trim, lower case)", async () => {
    await subs.requestSubscription({ email: `  MiXeD${D.toUpperCase()}  ` }, "10.0.0.4", "form");
    expect(await db.member.count({ where: { email: `mixed${D}` } })).toBe(1);
  });

  it("a filled honeypot gets the normal answer and stores nothing", async () => {
    expect(await subs.requestSubscription({ email: `bot${D}`, website: "http://spam" }, "10.0.0.5", "form")).toEqual({ ok: true });
    expect(await db.member.count({ where: { email: `bot${D}` } })).toBe(0);
  });
});

describe("rate limits", () => {
  it("limits per IP and per address within the window", async () => {
    const { consumeRateLimit } = await import("@/lib/server/rate-limit");
    const key = `test:${Date.now()}`;
    const results = await Promise.all(Array.from({ length: 8 }, () => consumeRateLimit(key, 5, 60)));
    expect(results.filter((r) => r.ok)).toHaveLength(5);
    await db.rateLimitBucket.update({ where: { key }, data: { resetAt: new Date(Date.now() - 1) } });
    expect((await consumeRateLimit(key, 5, 60)).count).toBe(1);
  });
});

describe("unsubscribe, resubscribe, preferences", () => {
  it("unsubscribes, records it, and resubscribing later works and is recorded", async () => {
    const m = await db.member.create({ data: { email: `un${D}`, subscriptions: { create: { newsletterId, status: "active" } } } });
    expect(await subs.unsubscribe(m.id, newsletterId, "one_click")).toBe(true);
    expect(await subs.unsubscribe(m.id, newsletterId, "one_click")).toBe(false);
    expect((await db.subscription.findFirstOrThrow({ where: { memberId: m.id } })).status).toBe("unsubscribed");
    expect(await subs.resubscribe(m.id, newsletterId, "email_link")).toBe(true);
    const ev = await subs.listSubscribeEvents(m.id);
    expect(ev.map((e) => `${e.type}:${e.source}`).reverse()).toEqual(["unsubscribed:one_click", "resubscribed:email_link"]);
    // through the form again after unsubscribing: double opt-in again, then "resubscribed"
    await subs.unsubscribe(m.id, newsletterId, "email_link");
    await db.subscription.updateMany({ where: { memberId: m.id }, data: { confirmationSentAt: null } });
    await subs.subscribe({ email: `un${D}` });
    expect((await db.subscription.findFirstOrThrow({ where: { memberId: m.id } })).status).toBe("pending");
  });
});

describe("SMTP down during signup", () => {
  it("signups succeed, mail waits, and all of it is delivered when SMTP returns", async () => {
    await capture.close();
    const emails = Array.from({ length: 5 }, (_, i) => `down${i}${D}`);
    for (const email of emails) expect(await subs.requestSubscription({ email }, "10.0.0.6", "form")).toEqual({ ok: true });
    const r = await outbox.drainOutbox({ limit: 200 });
    expect(r.sent).toBe(0);
    capture = await startSmtpCapture({ port });
    await db.outboxMessage.updateMany({ where: { status: "pending" }, data: { nextAttemptAt: new Date() } });
    await drainAll();
    for (const email of emails) await capture.waitFor((m) => m.to.includes(email));
    expect(await db.outboxMessage.count({ where: { to: { in: emails }, status: "sent" } })).toBe(5);
  });
});

describe("member data", () => {
  it("exports profile, subscriptions, events; deletion removes personal data and keeps anonymous counts", async () => {
    const email = `gdpr${D}`;
    const token = await signupAndGetToken(email);
    await subs.confirmSubscription(token);
    const m = await db.member.findUniqueOrThrow({ where: { email } });
    const exp = await data.exportMemberData(m.id);
    expect(exp?.profile.email).toBe(email);
    expect(exp?.subscriptions[0]?.status).toBe("active");
    expect(exp?.events.map((e) => e.type)).toEqual(["requested", "confirmed"]);
    const deletedBefore = await data.countDeletedMembers();
    expect(await data.deleteMemberData(m.id)).toBe(true);
    expect(await db.member.count({ where: { email } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { to: email } })).toBe(0);
    expect(await data.countDeletedMembers()).toBe(deletedBefore + 1);
    const anon = await db.subscribeEvent.findMany({ where: { memberId: null, newsletterId } });
    expect(anon.length).toBeGreaterThanOrEqual(3);
    expect(await data.exportMemberData(m.id)).toBeNull();
  });
});
