// Becoming a member is one flow: subscribing from a page and confirming on the same device makes the
// reader a member (members level) and starts a next-auth session there, through the adapter, with
// the cookie set; the thank-you page leads back. Used or bad tokens start nothing; staff are never
// signed in by a confirmation.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { nextHeadersFor, type RequestContext } from "../support/viewer-context";

const ctx = vi.hoisted(() => ({ token: undefined, headers: new Headers(), setCookies: new Map() }) as RequestContext);
vi.mock("next/headers", () => nextHeadersFor(ctx));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const { db } = await import("@/lib/server/db");
const { sha256, randomToken } = await import("@/lib/server/crypto");
const { viewerFromSessionToken } = await import("@/lib/auth/guards");
const { RETURN_PATH_COOKIE } = await import("@/lib/auth/signin");
const confirm = await import("@/app/(site)/subscribe/confirm/actions");
const subscribe = await import("@/app/(site)/subscribe/actions");

const D = "@member-flow.test";
let newsletterId = "";

beforeAll(async () => {
  const nl = (await db.newsletter.findFirst({ where: { slug: "weekly-outlook" } })) ?? (await db.newsletter.create({ data: { slug: "weekly-outlook", name: "Weekly Outlook" } }));
  newsletterId = nl.id;
});
afterAll(async () => {
  await db.member.deleteMany({ where: { email: { endsWith: D } } });
  await db.outboxMessage.deleteMany({ where: { to: { endsWith: D } } });
});

function reset() {
  ctx.token = undefined;
  ctx.setCookies.clear();
  ctx.headers = new Headers({ "user-agent": "unit-test-browser" });
}

/** A pending subscriber with a confirmation token, as the signup writes them. */
async function pendingSubscriber(tag: string, role: "reader" | "editor" = "reader") {
  const m = await db.member.create({ data: { email: `${tag}-${Date.now()}${D}`, role }, select: { id: true } });
  await db.subscription.create({ data: { memberId: m.id, newsletterId, status: "pending" } });
  const token = randomToken();
  await db.actionToken.create({ data: { tokenHash: sha256(token), purpose: "confirm_subscription", memberId: m.id, newsletterId, expiresAt: new Date(Date.now() + 3600_000) } });
  return { memberId: m.id, token };
}

async function redirectOf(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (e) {
    const digest = String((e as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] ?? "";
    throw e;
  }
  throw new Error("expected a redirect");
}

const fd = (o: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(o)) f.set(k, v);
  return f;
};

describe("confirming a subscription", () => {
  it("makes the reader a member and signs them in on this device, then leads back to the page", async () => {
    reset();
    const p = await pendingSubscriber("flow");
    expect(await db.session.count({ where: { memberId: p.memberId } })).toBe(0);
    ctx.setCookies.set(RETURN_PATH_COOKIE, "/articles/some-members-piece");
    const to = await redirectOf(() => confirm.confirmAction(fd({ token: p.token })));
    expect(to).toBe("/subscribe/thanks?signedIn=1&next=%2Farticles%2Fsome-members-piece");
    expect(ctx.setCookies.has(RETURN_PATH_COOKIE)).toBe(false);
    const cookie = ctx.setCookies.get("next-auth.session-token");
    expect(cookie).toMatch(/^[0-9a-f]{64}$/);
    const session = await db.session.findUniqueOrThrow({ where: { sessionToken: cookie! }, select: { memberId: true, expires: true, userAgent: true } });
    expect(session.memberId).toBe(p.memberId);
    expect(session.userAgent).toBe("unit-test-browser");
    expect(session.expires.getTime()).toBeGreaterThan(Date.now() + 29 * 86400_000);
    const viewer = await viewerFromSessionToken(cookie);
    expect(viewer?.level).toBe("members");
    expect(viewer?.isSubscriber).toBe(true);
  });

  it("starts nothing for a used, tampered or missing token", async () => {
    reset();
    const p = await pendingSubscriber("twice");
    await redirectOf(() => confirm.confirmAction(fd({ token: p.token })));
    reset();
    expect(await redirectOf(() => confirm.confirmAction(fd({ token: p.token })))).toBe(`/subscribe/confirm?token=${p.token}`);
    expect(ctx.setCookies.size).toBe(0);
    expect(await redirectOf(() => confirm.confirmAction(fd({ token: `${p.token.slice(0, -2)}xx` })))).toMatch(/^\/subscribe\/confirm/);
    expect(await redirectOf(() => confirm.confirmAction(fd({})))).toBe("/subscribe/confirm");
    expect(ctx.setCookies.size).toBe(0);
    expect(await db.session.count({ where: { memberId: p.memberId } })).toBe(1);
  });

  it("never signs in staff through a confirmation link (they use a sign-in link or code)", async () => {
    reset();
    const p = await pendingSubscriber("staff", "editor");
    expect(await redirectOf(() => confirm.confirmAction(fd({ token: p.token })))).toBe("/subscribe/thanks");
    expect(ctx.setCookies.size).toBe(0);
    expect(await db.session.count({ where: { memberId: p.memberId } })).toBe(0);
    expect((await db.subscription.findFirstOrThrow({ where: { memberId: p.memberId } })).status).toBe("active");
  });
});

describe("subscribing from a page", () => {
  it("remembers the same-site page to return to, and ignores foreign ones", async () => {
    reset();
    const ok = await subscribe.subscribeAction({ status: "idle" }, fd({ email: `from-article-${Date.now()}${D}`, next: "/articles/x?y=1" }));
    expect(ok.status).toBe("ok");
    expect(ctx.setCookies.get(RETURN_PATH_COOKIE)).toBe("/articles/x?y=1");
    for (const bad of ["https://evil.example/x", "//evil.example", "/\\evil.example"]) {
      reset();
      await subscribe.subscribeAction({ status: "idle" }, fd({ email: `foreign-${Math.random().toString(36).slice(2)}${D}`, next: bad }));
      const kept = ctx.setCookies.get(RETURN_PATH_COOKIE);
      expect(kept === undefined || (kept.startsWith("/") && !kept.startsWith("//")), bad).toBe(true);
    }
  });

  it("a signed-in reader subscribes with one press and is a member at once", async () => {
    reset();
    const m = await db.member.create({ data: { email: `one-press-${Date.now()}${D}` }, select: { id: true } });
    const token = randomToken();
    await db.session.create({ data: { sessionToken: token, memberId: m.id, expires: new Date(Date.now() + 86400_000) } });
    ctx.token = token;
    expect((await viewerFromSessionToken(token))?.level).toBe("public");
    const to = await redirectOf(() => subscribe.subscribeSignedInAction(fd({ newsletterId, next: "/articles/z" })));
    expect(to).toBe("/subscribe/thanks?next=%2Farticles%2Fz");
    expect((await viewerFromSessionToken(token))?.level).toBe("members");
    // Signed out, the one-press action sends to sign-in and subscribes nobody.
    reset();
    const out = await redirectOf(() => subscribe.subscribeSignedInAction(fd({ newsletterId })));
    expect(out).toMatch(/^\/signin/);
  });
});
