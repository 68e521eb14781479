// Issue 10, finding 16: unsubscribe links expire (60 days) and never show the address in full. An
// expired link still unsubscribes (here and by RFC 8058 one-click) and offers a fresh link by email;
// it no longer opens the preferences, resubscribes or sends a data link.
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const { db } = await import("@/lib/server/db");
const links = await import("@/lib/subscriptions/unsubscribe-links");
const { templates } = await import("@/lib/mail/templates");
const { default: UnsubscribePage } = await import("@/app/(site)/unsubscribe/page");
const actions = await import("@/app/(site)/unsubscribe/actions");
const oneClick = await import("@/app/api/unsubscribe/route");
const { NextRequest } = await import("next/server");

const D = "@unsub-expiry.test";
const DAY = 86_400_000;
const today = Math.floor(Date.now() / DAY);
let memberId = "";
let newsletterId = "";

function linkFor(day: number) {
  return { m: memberId, n: newsletterId, t: String(day), s: links.unsubscribeSignature(memberId, newsletterId, day) };
}
function form(link: Record<string, string>, extra: Record<string, string> = {}) {
  const f = new FormData();
  for (const [k, v] of Object.entries({ ...link, ...extra })) f.append(k, v);
  return f;
}
async function redirectOf(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (e) {
    const digest = String((e as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return digest.split(";")[2] ?? "";
    throw e;
  }
  return "";
}
async function page(link: Record<string, string>) {
  return renderToStaticMarkup(await UnsubscribePage({ searchParams: Promise.resolve(link) }));
}
const status = async () => (await db.subscription.findFirstOrThrow({ where: { memberId, newsletterId }, select: { status: true } })).status;

beforeAll(async () => {
  const nl = (await db.newsletter.findFirst({ where: { slug: "weekly-outlook" } })) ?? (await db.newsletter.create({ data: { slug: "weekly-outlook", name: "Weekly Outlook" } }));
  newsletterId = nl.id;
  const m = await db.member.create({ data: { email: `rosemary${D}`, name: "Rosemary", subscriptions: { create: { newsletterId, status: "active" } } } });
  memberId = m.id;
});
afterAll(async () => {
  await db.member.deleteMany({ where: { email: { endsWith: D } } });
  await db.outboxMessage.deleteMany({ where: { to: { endsWith: D } } });
  await db.rateLimitBucket.deleteMany({ where: { key: { contains: "prefs-link" } } });
});

describe("unsubscribe link age", () => {
  it("is fresh for 60 days, then expired; a changed day or a future day is not ours", () => {
    expect(links.unsubscribeLinkState(linkFor(today))).toBe("fresh");
    expect(links.unsubscribeLinkState(linkFor(today - 59))).toBe("fresh");
    expect(links.unsubscribeLinkState(linkFor(today - 60))).toBe("expired");
    expect(links.unsubscribeLinkState({ ...linkFor(today - 90), t: String(today) })).toBe("invalid");
    expect(links.unsubscribeLinkState(linkFor(today + 30))).toBe("invalid");
    const { t: _t, ...noDay } = linkFor(today);
    expect(links.unsubscribeLinkState(noDay)).toBe("invalid");
    const url = new URL(links.unsubscribeUrl(memberId, newsletterId));
    expect(url.searchParams.get("t")).toBe(String(today));
  });
});

describe("the unsubscribe page", () => {
  it("a fresh link shows the preferences with the address masked, never in full", async () => {
    const html = await page(linkFor(today));
    expect(html).toContain("r•••y@unsub-expiry.test");
    expect(html).not.toContain(`rosemary${D}`);
    expect(html).toContain("Unsubscribe");
  });

  it("an expired link shows no address and offers unsubscribing and a fresh link", async () => {
    const html = await page(linkFor(today - 61));
    expect(html).toContain("more than 60 days old");
    expect(html).toContain("Email me a fresh link");
    expect(html).not.toContain("unsub-expiry.test");
    expect(html).not.toContain("Save preferences");
  });

  it("an expired link cannot change preferences, resubscribe or ask for a data link", async () => {
    await db.subscription.updateMany({ where: { memberId, newsletterId }, data: { status: "unsubscribed" } });
    const old = linkFor(today - 61);
    expect(await redirectOf(() => actions.resubscribeAction(form(old)))).toContain("done=expired");
    expect(await redirectOf(() => actions.savePreferencesAction(form(old, { newsletterIds: newsletterId })))).toContain("done=expired");
    expect(await redirectOf(() => actions.requestManageLinkAction(form(old)))).toContain("done=expired");
    expect(await status()).toBe("unsubscribed");
    expect(await db.outboxMessage.count({ where: { to: `rosemary${D}`, template: "manage-access" } })).toBe(0);
    // a fresh link can
    expect(await redirectOf(() => actions.resubscribeAction(form(linkFor(today))))).toContain("done=resubscribed");
    expect(await status()).toBe("active");
  });

  it("an expired link still unsubscribes, on the page and by one-click (RFC 8058)", async () => {
    const old = linkFor(today - 400);
    expect(await redirectOf(() => actions.unsubscribeAction(form(old)))).toContain("done=unsubscribed");
    expect(await status()).toBe("unsubscribed");
    await db.subscription.updateMany({ where: { memberId, newsletterId }, data: { status: "active" } });
    const res = await oneClick.POST(
      new NextRequest(`http://127.0.0.1:3100/api/unsubscribe?${new URLSearchParams(old)}`, {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
    );
    expect(res.status).toBe(200);
    expect(await status()).toBe("unsubscribed");
  });

  it("asking for a fresh link mails the member's own address a link that is fresh", async () => {
    expect(await redirectOf(() => actions.requestFreshLinkAction(form(linkFor(today - 100))))).toContain("done=fresh-link-sent");
    expect(await db.outboxMessage.count({ where: { to: `rosemary${D}`, template: "preferences-link" } })).toBe(1);
    const built = await templates["preferences-link"].build({ memberId, newsletterId, name: "Rosemary" });
    const html = renderToStaticMarkup(built.react);
    const href = /href="([^"]*\/unsubscribe\?[^"]*)"/.exec(html)?.[1]?.replace(/&amp;/g, "&");
    expect(href).toBeTruthy();
    const q = new URL(href!).searchParams;
    expect(links.unsubscribeLinkState({ m: q.get("m")!, n: q.get("n")!, s: q.get("s")!, t: q.get("t")! })).toBe("fresh");
    // a forged link asks for nothing
    await actions.requestFreshLinkAction(form({ ...linkFor(today - 100), s: "x".repeat(43) })).catch(() => null);
    expect(await db.outboxMessage.count({ where: { to: `rosemary${D}`, template: "preferences-link" } })).toBe(1);
  });
});
