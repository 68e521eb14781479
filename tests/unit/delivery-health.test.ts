// Honest results per send (issue 14): delivered / bounced hard and soft / complained with rates, the
// warnings over 0.1% complaints or 2% bounces, and the suppression list (search, filter, lift with an
// audit entry; editors only).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { cleanupLedger, messageIdOf, seedLedger, type LedgerFixture } from "../support/delivery-fixtures";

const auth = vi.hoisted(() => ({ viewer: null as null | { id: string; email: string; isEditor: boolean; isAdmin: boolean } }));
vi.mock("@/lib/auth/guards", () => {
  const guard = (admin: boolean) => async () => {
    const v = auth.viewer;
    if (!v || !v.isEditor || (admin && !v.isAdmin)) throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
    return { ...v, name: null, role: v.isAdmin ? "admin" : "editor", isMember: true, sessionId: "s" };
  };
  return { requireEditor: guard(false), requireAdmin: guard(true), requireViewer: guard(false), getViewer: async () => auth.viewer };
});

let db: typeof import("@/lib/server/db").db;
let events: typeof import("@/lib/deliverability/events");
let health: typeof import("@/lib/deliverability/health");
let sup: typeof import("@/lib/deliverability/suppressions");
let editorId: string;
const fixtures: LedgerFixture[] = [];

beforeAll(async () => {
  ({ db } = await import("@/lib/server/db"));
  events = await import("@/lib/deliverability/events");
  health = await import("@/lib/deliverability/health");
  sup = await import("@/lib/deliverability/suppressions");
  const editor = await db.member.create({ data: { email: `health-editor-${Date.now()}@example.test`, role: "editor" } });
  editorId = editor.id;
  auth.viewer = { id: editor.id, email: editor.email, isEditor: true, isAdmin: false };
});

afterAll(async () => {
  for (const f of fixtures) await cleanupLedger(db, f);
  await db.auditLog.deleteMany({ where: { actorId: editorId } });
  await db.member.delete({ where: { id: editorId } });
});

async function report(f: LedgerFixture, m: number, type: "delivered" | "bounce_hard" | "bounce_soft" | "complaint") {
  await events.recordDeliveryEvent({ provider: "ses", eventId: `${type}-${m}-${f.domain}`, type, address: f.members[m]!.email, messageId: messageIdOf(f, 0, m), summary: type });
}

describe("send health", () => {
  it("counts delivered, hard, soft and complaints with rates, and warns past the thresholds", async () => {
    const f = await seedLedger(db, { members: 40, sends: 1, newsletters: 1 });
    fixtures.push(f);
    for (let m = 0; m < 30; m++) await report(f, m, "delivered");
    await report(f, 30, "bounce_hard");
    const quiet = await health.readSendHealth(f.emailIds[0]!);
    expect(quiet).toMatchObject({ attempted: 40, delivered: 30, bouncedHard: 1, bouncedSoft: 0, complained: 0, bounceRate: 1 / 40, complaintRate: 0 });
    // 1 of 40 bounced = 2.5% > 2%
    expect(quiet.warnings).toHaveLength(1);
    expect(quiet.warnings[0]).toContain("Bounce rate 2.5%");
    await report(f, 31, "complaint");
    await report(f, 32, "bounce_soft");
    const loud = await health.readSendHealth(f.emailIds[0]!);
    expect(loud).toMatchObject({ bouncedHard: 1, bouncedSoft: 1, complained: 1 });
    expect(loud.warnings.map((w) => w.split(" ")[0])).toEqual(["Complaint", "Bounce"]);
    const dash = await health.listRecentSendWarnings();
    expect(dash.find((d) => d.emailId === f.emailIds[0])?.warnings).toHaveLength(2);
  });

  it("no warning under the lines", async () => {
    const f = await seedLedger(db, { members: 60, sends: 1, newsletters: 1 });
    fixtures.push(f);
    await report(f, 0, "bounce_hard"); // 1.7%
    expect((await health.readSendHealth(f.emailIds[0]!)).warnings).toEqual([]);
  });
});

describe("suppression list", () => {
  it("searches, filters by reason, and lifts with an audit entry", async () => {
    const f = await seedLedger(db, { members: 3, sends: 1, newsletters: 1 });
    fixtures.push(f);
    await report(f, 0, "bounce_hard");
    await report(f, 1, "complaint");
    const all = await sup.listSuppressions({ q: f.domain });
    expect(all.rows.map((r) => r.email).sort()).toEqual([f.members[0]!.email, f.members[1]!.email].sort());
    expect(all.rows.every((r) => r.memberId)).toBe(true);
    const complaints = await sup.listSuppressions({ q: f.domain, reason: "complaint" });
    expect(complaints.rows.map((r) => r.email)).toEqual([f.members[1]!.email]);
    expect((await sup.listSuppressions({ q: `nobody-${f.domain}` })).rows).toEqual([]);

    const target = all.rows.find((r) => r.reason === "hard_bounce")!;
    expect(await sup.liftSuppression(target.id, "typo fixed by the reader")).toEqual({ ok: true, email: target.email });
    expect(await db.suppression.findUnique({ where: { email: target.email } })).toBeNull();
    expect(await sup.liftSuppression(target.id, "again")).toEqual({ ok: false, error: "That suppression was already lifted." });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "suppression.lift", entityType: "Suppression", entityId: target.id } });
    expect(audit.actorId).toBe(editorId);
    expect(JSON.parse(audit.detail!)).toMatchObject({ email: target.email, reason: "hard_bounce", note: "typo fixed by the reader" });
    expect(await db.auditLog.count({ where: { action: "suppression.lift", entityType: "Member", entityId: target.memberId! } })).toBe(1);
  });

  it("refuses anyone but an editor", async () => {
    const saved = auth.viewer;
    auth.viewer = { id: "x", email: "reader@example.test", isEditor: false, isAdmin: false };
    try {
      await expect(sup.listSuppressions({})).rejects.toThrow(/403/);
      await expect(sup.liftSuppression("whatever", "")).rejects.toThrow(/403/);
      await expect(health.getSendHealth("whatever")).rejects.toThrow(/403/);
      await expect(health.listRecentSendWarnings()).rejects.toThrow(/403/);
      auth.viewer = null;
      await expect(sup.listSuppressions({})).rejects.toThrow(/403/);
    } finally {
      auth.viewer = saved;
    }
  });
});
