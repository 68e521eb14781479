// The desk's small fixes: counted nouns, the growth chart's SSR title (the dashboard's hydration
// error #418), and one definition of the subscriber and member counts (dashboard = Send page).
import { createElement } from "react";
import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const auth = vi.hoisted(() => ({ viewer: null as null | { id: string; email: string; isEditor: boolean; isAdmin: boolean } }));
vi.mock("@/lib/auth/guards", () => {
  const guard = (admin: boolean) => async () => {
    const v = auth.viewer;
    if (!v || !v.isEditor || (admin && !v.isAdmin)) throw new Error("NEXT_HTTP_ERROR_FALLBACK;403");
    return { ...v, name: null, role: v.isAdmin ? "admin" : "editor", isMember: true, membershipExpiresAt: null, sessionId: "s" };
  };
  return { requireEditor: guard(false), requireAdmin: guard(true), requireViewer: guard(false), getViewer: async () => auth.viewer };
});

describe("plural", () => {
  it("says 1 match and 2 matches", async () => {
    const { plural } = await import("@/lib/shared/plural");
    expect(plural(1, "match", "matches")).toBe("1 match");
    expect(plural(0, "match", "matches")).toBe("0 matches");
    expect(plural(2, "match", "matches")).toBe("2 matches");
    expect(plural(1204, "person", "people")).toBe("1,204 people");
    expect(plural(1, "click")).toBe("1 click");
  });
});

describe("growth chart", () => {
  it("renders its SVG title text on the server (an empty server title made hydration fail)", async () => {
    const { GrowthChart } = await import("@/components/admin/growth-chart");
    const data = [
      { day: "2026-11-30", subscribed: 2, unsubscribed: 1 },
      { day: "2026-12-01", subscribed: 0, unsubscribed: 0 },
    ];
    const html = renderToString(createElement(GrowthChart, { data }));
    expect(html).toContain(">Subscribers over the last 2 days</title>");
  });
});

describe("one member count", () => {
  let db: typeof import("@/lib/server/db").db;
  const tag = `dsk${Date.now().toString(36)}`;
  let newsletterId: string;
  beforeAll(async () => {
    ({ db } = await import("@/lib/server/db"));
    const editor = await db.member.create({ data: { email: `${tag}-editor@example.test`, role: "editor" } });
    auth.viewer = { id: editor.id, email: editor.email, isEditor: true, isAdmin: false };
    const first = await db.newsletter.findFirst({ where: { status: "active" }, orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }] });
    newsletterId = first ? first.id : (await db.newsletter.create({ data: { slug: `${tag}-nl`, name: "Weekly Outlook" } })).id;
    // a member subscriber, a free subscriber, a suppressed subscriber, and a member who is not subscribed
    const mk = async (n: string, member: boolean, status: "active" | "pending" | null) => {
      const m = await db.member.create({ data: { email: `${tag}-${n}@example.test`, membershipTier: member ? "member" : "free" } });
      if (status) await db.subscription.create({ data: { memberId: m.id, newsletterId, status } });
    };
    await mk("paid", true, "active");
    await mk("free", false, "active");
    await mk("supp", false, "active");
    await mk("lurker", true, null);
    await mk("pend", false, "pending");
    await db.suppression.create({ data: { email: `${tag}-supp@example.test`, reason: "hard_bounce" } });
  });
  afterAll(async () => {
    await db.suppression.deleteMany({ where: { email: { contains: tag } } });
    await db.member.deleteMany({ where: { email: { contains: tag } } });
    await db.newsletter.deleteMany({ where: { slug: `${tag}-nl` } });
  });

  it("the dashboard's subscribers and members are the Send page's counts", async () => {
    const { dashboardSummary } = await import("@/lib/stats/dashboard");
    const { countRecipients } = await import("@/lib/sends/create-send");
    const s = await dashboardSummary();
    const send = await countRecipients(newsletterId);
    expect(s.audience).toMatchObject({ total: send.total, member: send.member, free: send.free });
    // the suppressed address and the unsubscribed member are in neither
    expect(send.total).toBe(send.member + send.free);
  });
});

describe("page cache across builds", () => {
  it("keys cached pages by the build id, so a new build never serves pages naming the old build's chunks", async () => {
    const { mkdtempSync, mkdirSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { createRequire } = await import("node:module");
    const path = await import("node:path");
    const { cacheDir } = createRequire(import.meta.url)("../../cache-handler.cjs") as { cacheDir: (d: string) => string };
    const root = mkdtempSync(path.join(tmpdir(), "wo-cache-"));
    const server = path.join(root, "server");
    mkdirSync(server);
    writeFileSync(path.join(root, "BUILD_ID"), "build-one");
    const first = cacheDir(server);
    writeFileSync(path.join(root, "BUILD_ID"), "build-two");
    const second = cacheDir(server);
    expect(first).not.toBe(second);
    expect(first.startsWith(path.join(root, "cache", "pages"))).toBe(true);
  });
});
