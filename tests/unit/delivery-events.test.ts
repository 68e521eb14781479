// The one suppression and event model (issue 14): each report stored once by (provider, event id) and
// applied once; hard → suppressed at once; soft → after 3 in the last 5 sends, with the reason; complaint →
// unsubscribed from every newsletter (with SubscribeEvents) and suppressed; unknown or deleted → ignored.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanupLedger, messageIdOf, seedLedger, type LedgerFixture } from "../support/delivery-fixtures";

let db: typeof import("@/lib/server/db").db;
let events: typeof import("@/lib/deliverability/events");
const fixtures: LedgerFixture[] = [];

beforeAll(async () => {
  ({ db } = await import("@/lib/server/db"));
  events = await import("@/lib/deliverability/events");
});

afterAll(async () => {
  for (const f of fixtures) await cleanupLedger(db, f);
});

async function fixture(o?: Parameters<typeof seedLedger>[1]) {
  const f = await seedLedger(db, o);
  fixtures.push(f);
  return f;
}

const suppression = (email: string) => db.suppression.findUnique({ where: { email } });

describe("delivery events", () => {
  it("a hard bounce suppresses at once and marks the ledger row; a replay changes nothing", async () => {
    const f = await fixture({ members: 2, sends: 1 });
    const report = { provider: "ses" as const, eventId: `bounce-${f.domain}`, type: "bounce_hard" as const, address: f.members[0]!.email, messageId: messageIdOf(f, 0, 0), summary: "5.1.1 user unknown" };
    expect(await events.recordDeliveryEvent(report)).toEqual({ status: "applied", outcome: "hard bounce: suppressed" });
    const s = await suppression(f.members[0]!.email);
    expect(s).toMatchObject({ reason: "hard_bounce", emailId: f.emailIds[0] });
    expect(s!.detail).toContain("5.1.1");
    const row = await db.emailRecipient.findUniqueOrThrow({ where: { id: f.recipients[0]![0]! } });
    expect(row.bounce).toBe("hard");
    expect(row.bouncedAt).not.toBeNull();
    // the other member is untouched
    expect(await suppression(f.members[1]!.email)).toBeNull();

    expect(await events.recordDeliveryEvent(report)).toEqual({ status: "duplicate", outcome: "already processed" });
    expect(await db.deliveryEvent.count({ where: { provider: "ses", eventId: report.eventId } })).toBe(1);
    const ev = await db.deliveryEvent.findFirstOrThrow({ where: { eventId: report.eventId } });
    expect(ev).toMatchObject({ recipientId: f.recipients[0]![0], memberId: f.members[0]!.id, emailId: f.emailIds[0], type: "bounce_hard" });
    // The same event id from another provider is another event.
    expect((await events.recordDeliveryEvent({ ...report, provider: "mailgun" })).status).toBe("applied");
  });

  it("the same event delivered five times at once is applied once", async () => {
    const f = await fixture({ members: 1, sends: 1, newsletters: 1 });
    const report = { provider: "mailgun" as const, eventId: `concurrent-${f.domain}`, type: "complaint" as const, address: f.members[0]!.email, messageId: messageIdOf(f, 0, 0), summary: "complained" };
    const results = await Promise.all(Array.from({ length: 5 }, () => events.recordDeliveryEvent(report)));
    expect(results.filter((r) => r.status === "applied")).toHaveLength(1);
    expect(results.filter((r) => r.status === "duplicate")).toHaveLength(4);
    expect(await db.subscribeEvent.count({ where: { memberId: f.members[0]!.id, type: "unsubscribed" } })).toBe(1);
  });

  it("soft bounces suppress only after 3 in the last 5 sends, and the reason says so", async () => {
    const f = await fixture({ members: 1, sends: 5 });
    const email = f.members[0]!.email;
    const soft = (e: number, id = `soft-${e}-${f.domain}`) =>
      events.recordDeliveryEvent({ provider: "dsn", eventId: id, type: "bounce_soft", address: email, messageId: messageIdOf(f, e, 0), summary: "4.2.2 mailbox full" });
    expect((await soft(0)).outcome).toBe("soft bounce 1 of 3 in the last 5 sends");
    // a replay of the same DSN is not a second bounce
    expect((await soft(0)).status).toBe("duplicate");
    // two bounces of the same send count once
    expect((await soft(0, `soft-0b-${f.domain}`)).outcome).toBe("soft bounce 1 of 3 in the last 5 sends");
    expect((await soft(2)).outcome).toBe("soft bounce 2 of 3 in the last 5 sends");
    expect(await suppression(email)).toBeNull();
    const third = await soft(4);
    expect(third.outcome).toMatch(/^suppressed: 3 soft bounces in the last 5 sends/);
    const s = await suppression(email);
    expect(s).toMatchObject({ reason: "soft_bounce", emailId: f.emailIds[4] });
    expect(s!.detail).toContain("3 soft bounces in the last 5 sends");
    expect(s!.detail).toContain(f.emailIds[0]);
  });

  it("soft bounces spread over more than 5 sends do not suppress", async () => {
    const f = await fixture({ members: 1, sends: 7 });
    const email = f.members[0]!.email;
    for (const e of [0, 1, 6]) {
      await events.recordDeliveryEvent({ provider: "dsn", eventId: `spread-${e}-${f.domain}`, type: "bounce_soft", address: email, messageId: messageIdOf(f, e, 0), summary: "4.4.7 expired" });
    }
    // sends 0 and 1 are outside the last five (2..6): one bounce in the window
    expect(await suppression(email)).toBeNull();
  });

  it("a complaint unsubscribes from every newsletter through the state machine and suppresses", async () => {
    const f = await fixture({ members: 2, sends: 1, newsletters: 2 });
    const m = f.members[0]!;
    const r = await events.recordDeliveryEvent({ provider: "arf", eventId: `arf-${f.domain}`, type: "complaint", address: m.email, messageId: messageIdOf(f, 0, 0), summary: "abuse report" });
    expect(r).toEqual({ status: "applied", outcome: "complaint: unsubscribed from 2 newsletter(s), suppressed" });
    const subs = await db.subscription.findMany({ where: { memberId: m.id } });
    expect(subs.map((s) => s.status)).toEqual(["unsubscribed", "unsubscribed"]);
    const evs = await db.subscribeEvent.findMany({ where: { memberId: m.id, type: "unsubscribed" } });
    expect(evs).toHaveLength(2);
    expect(evs.every((e) => e.source === "complaint" && e.emailId === f.emailIds[0])).toBe(true);
    expect(await suppression(m.email)).toMatchObject({ reason: "complaint" });
    expect((await db.emailRecipient.findUniqueOrThrow({ where: { id: f.recipients[0]![0]! } })).complainedAt).not.toBeNull();
    // the member's history lists it
    const history = await events.listDeliveryEventsForMemberUnchecked(m.id);
    expect(history.map((h) => h.type)).toEqual(["complaint"]);
    // the other member still subscribed
    expect((await db.subscription.findMany({ where: { memberId: f.members[1]!.id } })).every((s) => s.status === "active")).toBe(true);
  });

  it("a delivery report sets deliveredAt once", async () => {
    const f = await fixture({ members: 1, sends: 1 });
    const at = new Date("2026-01-02T03:04:05Z");
    await events.recordDeliveryEvent({ provider: "postmark", eventId: `d1-${f.domain}`, type: "delivered", address: f.members[0]!.email, messageId: messageIdOf(f, 0, 0), summary: "250 OK", occurredAt: at });
    await events.recordDeliveryEvent({ provider: "postmark", eventId: `d2-${f.domain}`, type: "delivered", address: f.members[0]!.email, messageId: messageIdOf(f, 0, 0), summary: "250 OK" });
    expect((await db.emailRecipient.findUniqueOrThrow({ where: { id: f.recipients[0]![0]! } })).deliveredAt).toEqual(at);
    expect(await suppression(f.members[0]!.email)).toBeNull();
  });

  it("a report for an unknown address is stored as ignored and suppresses nobody", async () => {
    const f = await fixture({ members: 1, sends: 1 });
    const r = await events.recordDeliveryEvent({ provider: "sendgrid", eventId: `unknown-${f.domain}`, type: "bounce_hard", address: `stranger@${f.domain}`, summary: "550" });
    expect(r.status).toBe("ignored");
    expect(await suppression(`stranger@${f.domain}`)).toBeNull();
    expect(await db.suppression.count({ where: { email: { endsWith: `@${f.domain}` } } })).toBe(0);
  });

  it("a Message-ID naming another address's row does not bounce that row", async () => {
    const f = await fixture({ members: 2, sends: 1 });
    // the report is about member 1 but carries member 0's Message-ID
    await events.recordDeliveryEvent({ provider: "dsn", eventId: `forged-${f.domain}`, type: "bounce_hard", address: f.members[1]!.email, messageId: messageIdOf(f, 0, 0), summary: "5.1.1" });
    expect(await suppression(f.members[0]!.email)).toBeNull();
    expect((await db.emailRecipient.findUniqueOrThrow({ where: { id: f.recipients[0]![0]! } })).bounce).toBeNull();
    // it is applied to member 1's own latest row instead
    expect(await suppression(f.members[1]!.email)).toMatchObject({ reason: "hard_bounce" });
  });

  it("a complaint for a deleted member is ignored", async () => {
    const f = await fixture({ members: 1, sends: 1 });
    const { deleteMemberData } = await import("@/lib/members/personal-data");
    const m = f.members[0]!;
    await events.recordDeliveryEvent({ provider: "ses", eventId: `before-${f.domain}`, type: "delivered", address: m.email, messageId: messageIdOf(f, 0, 0), summary: "ok" });
    expect(await deleteMemberData(m.id, "admin")).toBe(true);
    // the deletion took the member's reports with it
    expect(await db.deliveryEvent.count({ where: { eventId: `before-${f.domain}` } })).toBe(0);
    const r = await events.recordDeliveryEvent({ provider: "ses", eventId: `late-${f.domain}`, type: "complaint", address: m.email, messageId: messageIdOf(f, 0, 0), summary: "abuse" });
    expect(r.status).toBe("ignored");
    expect(await suppression(m.email)).toBeNull();
  });

  it("parses our Message-IDs and nothing else", () => {
    expect(events.parseOurMessageId("<cmabc123def456ghi789jk.0123456789abcdef0123456789abcdef@example.com>")).toEqual({ emailId: "cmabc123def456ghi789jk", recipientId: "0123456789abcdef0123456789abcdef" });
    expect(events.parseOurMessageId("<random@gmail.com>")).toBeNull();
    expect(events.parseOurMessageId("")).toBeNull();
    expect(events.parseOurMessageId(null)).toBeNull();
  });
});
