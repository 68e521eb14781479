// Authorization, three ways:
// 1. Every route file under app/admin, app/account and app/api is in the matrix table that the e2e
//    test requests as anonymous, reader, member, editor and admin (a new route cannot be forgotten).
// 2. Every exported server action calls a require* guard itself (each action is a public endpoint;
//    posting to actions over HTTP needs their build-time ids, so this is checked statically), except
//    the few that are public by design, listed with their reason.
// 3. The guarded data functions and actions, called under each role, allow or deny as the table says.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { COVERED_GLOBS, ROLES, ROUTE_RULES, type Cell, type Role } from "../support/authz-table";
import { globFiles, nextHeadersFor, outcomeOf, sessionFor, type RequestContext } from "../support/viewer-context";

const ctx = vi.hoisted(() => ({ token: undefined, headers: new Headers(), setCookies: new Map() }) as RequestContext);
vi.mock("next/headers", () => nextHeadersFor(ctx));
// revalidatePath needs Next's static-generation store; outside Next it is a no-op here.
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

describe("route matrix coverage", () => {
  it("every admin/account page and every route handler is in the matrix table", () => {
    const files = new Set(COVERED_GLOBS.flatMap((g) => globFiles(g)));
    const listed = new Set(ROUTE_RULES.map((r) => r.file));
    const missing = [...files].filter((f) => !listed.has(f)).sort();
    expect(missing, `add these routes to tests/support/authz-table.ts`).toEqual([]);
    const stale = [...listed].filter((f) => !files.has(f));
    expect(stale, "the table lists routes that no longer exist").toEqual([]);
  });

  it("routes open to everyone say why", () => {
    for (const r of ROUTE_RULES) if (Object.values(r.expect).every((c) => c === "allow")) expect(r.note, r.file).toBeTruthy();
  });
});

// Server actions that are public by design (each is rate limited or harmless without a session).
const PUBLIC_ACTIONS: Record<string, string> = {
  "app/(site)/signin/actions.ts#requestSignInAction": "asking for a sign-in link; rate limited per address and IP",
  "app/(site)/signin/actions.ts#verifyCodeAction": "typing the sign-in code; attempt counting and lockout",
  "app/(site)/signin/actions.ts#signOutAction": "signing out acts only on the caller's own cookie",
  "app/(site)/subscribe/actions.ts#subscribeAction": "public signup; rate limited per IP and address; double opt-in",
  "app/(site)/subscribe/confirm/actions.ts#confirmAction": "the emailed single-use token is the credential",
  "app/(site)/subscribe/confirm/actions.ts#resendAction": "bound to an emailed token; at most one mail per 10 minutes, rate limited",
  "app/(site)/unsubscribe/actions.ts#unsubscribeAction": "the signed (member, newsletter) link is the credential",
  "app/(site)/unsubscribe/actions.ts#resubscribeAction": "the signed (member, newsletter) link is the credential",
  "app/(site)/unsubscribe/actions.ts#savePreferencesAction": "the signed (member, newsletter) link is the credential",
  "app/(site)/unsubscribe/actions.ts#requestManageLinkAction": "the signed link; the data link is emailed to the member's own address, rate limited",
  "app/(site)/unsubscribe/actions.ts#requestFreshLinkAction": "the signed link, even expired; the fresh link is emailed to the member's own address, rate limited",
  "app/(site)/manage/actions.ts#deleteMyDataAction": "the emailed manage token or the session (resolveDataSubject) is the credential; needs an explicit confirmation",
  "app/setup/actions.ts#setupAction": "the one-time setup token from the server log is the credential, spent in the transaction that creates the owner; closed once an owner exists; rate limited per IP",
};

function serverActionFiles(): string[] {
  return [...globFiles("app/**/*.{ts,tsx}"), ...globFiles("lib/**/*.{ts,tsx}")].filter(
    (f) => !f.includes("generated/") && /^\s*(?:\/\/[^\n]*\n\s*)*["']use server["']/.test(readFileSync(f, "utf8")),
  );
}

describe("server actions call a guard", () => {
  it("finds the action files", () => {
    expect(serverActionFiles()).toEqual(expect.arrayContaining(["app/account/actions.ts", "lib/comments/actions.ts", "app/(site)/signin/actions.ts"]));
  });

  it("every exported action is built by lib/server/action.ts (or calls a guard), and public ones are listed", () => {
    const offenders: string[] = [];
    for (const file of serverActionFiles()) {
      const src = readFileSync(file, "utf8");
      const starts = [...src.matchAll(/^export (?:async function|const) (\w+)/gm)];
      starts.forEach((m, i) => {
        const body = src.slice(m.index, starts[i + 1]?.index ?? src.length);
        const key = `${file}#${m[1]}`;
        const built = /^export const \w+ = (formAction|submitAction|callAction)\(\{\s*guard: "(\w+)"/.exec(body);
        if (built) {
          if (built[2] === "public" && !PUBLIC_ACTIONS[key]) offenders.push(`${key}: guard "public" but not in PUBLIC_ACTIONS`);
          if (built[2] !== "public" && PUBLIC_ACTIONS[key]) offenders.push(`${key}: listed as public but guarded "${built[2]}"`);
          return;
        }
        if (m[0].startsWith("export const")) return void offenders.push(`${key}: exported const not made by formAction/submitAction/callAction({ guard: ... })`);
        if (PUBLIC_ACTIONS[key]) return;
        if (!/\brequire(Viewer|Member|Editor|Admin)\(/.test(body)) offenders.push(key);
      });
      // Only actions may be exported from a "use server" file; anything else is a mistake here.
      for (const other of src.matchAll(/^export (?!async function|const |type )(\w+)/gm)) offenders.push(`${file}: non-action export ${other[0]}`);
    }
    expect(offenders).toEqual([]);
  });
});

const { db } = await import("@/lib/server/db");
const membership = await import("@/lib/members/membership");
const account = await import("@/lib/members/account");
const comments = await import("@/lib/comments/threads");
const content = await import("@/lib/content/members-content");
const commentActions = await import("@/lib/comments/actions");
const accountActions = await import("@/app/account/actions");

const SLUG = `authz-unit-${Date.now()}`;
let targetId = "";
let sectionId = "";
const ISSUE_NO = 900000 + Math.floor(Math.random() * 90000);

beforeAll(async () => {
  await db.article.create({
    data: { slug: SLUG, title: "t", excerpt: "e", body: "secret body", visibility: "members", status: "published", publishedAt: new Date(Date.now() - 1000) },
  });
  const nl = await db.newsletter.upsert({ where: { slug: "authz-unit" }, create: { slug: "authz-unit", name: "Authz" }, update: {}, select: { id: true } });
  const issue = await db.issue.create({
    data: {
      newsletterId: nl.id, number: ISSUE_NO, subject: "s", status: "sent", publishedAt: new Date(Date.now() - 1000),
      sections: { create: [{ position: 0, heading: "h", body: "secret section", visibility: "members" }] },
    },
    select: { sections: { select: { id: true } } },
  });
  sectionId = issue.sections[0]!.id;
  targetId = (await db.member.create({ data: { email: `target-${Date.now()}@unit.test` }, select: { id: true } })).id;
});
afterAll(async () => {
  await db.article.deleteMany({ where: { slug: SLUG } });
  await db.newsletter.deleteMany({ where: { slug: { in: ["authz-unit", "unit-subscribers"] } } });
  await db.member.deleteMany({ where: { email: { endsWith: "@unit.test" } } });
});

const E = { anonymous: "deny", reader: "deny", member: "deny", editor: "allow", admin: "allow" } as const;
const V = { anonymous: "deny", reader: "allow", member: "allow", editor: "allow", admin: "allow" } as const;
const M = { anonymous: "deny", reader: "deny", member: "allow", editor: "allow", admin: "allow" } as const;

type Case = { name: string; run: () => Promise<unknown>; expect: Record<Role, Cell> };

/** Data functions that answer 401/403 instead of throwing count as denied then. */
const statusDenied = async (p: Promise<{ ok: boolean; status?: number }>) => {
  const r = await p;
  if (!r.ok && (r.status === 401 || r.status === 403)) throw Object.assign(new Error("denied"), { digest: "NEXT_HTTP_ERROR_FALLBACK;403" });
  return r;
};

const fd = (o: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(o)) f.set(k, v);
  return f;
};

const CASES: Case[] = [
  { name: "membership.grantMembership", run: () => membership.grantMembership(targetId, new Date(Date.now() + 86400_000)), expect: E },
  { name: "membership.extendMembership", run: () => membership.extendMembership(targetId, 30), expect: E },
  { name: "membership.revokeMembership", run: () => membership.revokeMembership(targetId), expect: E },
  { name: "membership.getMembershipStatus", run: () => membership.getMembershipStatus(targetId), expect: E },
  { name: "membership.membershipHistory", run: () => membership.membershipHistory(targetId), expect: E },
  { name: "comments.listModerationQueue", run: () => comments.listModerationQueue(), expect: E },
  { name: "comments.setCommentHidden", run: () => comments.setCommentHidden("nope", true), expect: E },
  { name: "comments.postComment", run: () => comments.postComment("no-such-article", "x"), expect: V },
  { name: "comments.editComment", run: () => comments.editComment("nope", "x"), expect: V },
  { name: "comments.deleteComment", run: () => comments.deleteComment("nope"), expect: V },
  { name: "comments.reportComment", run: () => comments.reportComment("nope"), expect: V },
  { name: "account.getAccountOverview", run: () => account.getAccountOverview(), expect: V },
  { name: "account.updateName", run: () => account.updateName("N"), expect: V },
  { name: "account.setSubscription", run: () => account.setSubscription("nope", true), expect: V },
  { name: "account.revokeSession", run: () => account.revokeSession("nope"), expect: V },
  { name: "account.revokeAllSessions", run: () => account.revokeAllSessions(), expect: V },
  { name: "account.exportAccountData", run: () => account.exportAccountData(), expect: V },
  { name: "account.deleteOwnAccount (wrong confirmation)", run: () => account.deleteOwnAccount("not-me@x"), expect: V },
  { name: "members-content.getMembersArticleContent", run: () => statusDenied(content.getMembersArticleContent(SLUG)), expect: M },
  { name: "members-content.getMembersSectionContent", run: () => statusDenied(content.getMembersSectionContent(ISSUE_NO, sectionId)), expect: M },
  { name: "action postCommentAction", run: () => commentActions.postCommentAction({ articleSlug: "no-such", body: "x" }), expect: V },
  { name: "action editCommentAction", run: () => commentActions.editCommentAction({ commentId: "nope", body: "x" }), expect: V },
  { name: "action deleteCommentAction", run: () => commentActions.deleteCommentAction({ commentId: "nope" }), expect: V },
  { name: "action reportCommentAction", run: () => commentActions.reportCommentAction({ commentId: "nope" }), expect: V },
  { name: "action setCommentHiddenAction", run: () => commentActions.setCommentHiddenAction({ commentId: "nope", hidden: true }), expect: E },
  { name: "action updateNameAction", run: () => accountActions.updateNameAction({ ok: false }, fd({ name: "N" })), expect: V },
  { name: "action setSubscriptionAction", run: () => accountActions.setSubscriptionAction(fd({ newsletterId: "nope", subscribe: "1" })), expect: V },
  { name: "action revokeSessionAction", run: () => accountActions.revokeSessionAction(fd({ sessionId: "nope" })), expect: V },
  { name: "action deleteAccountAction (wrong confirmation)", run: () => accountActions.deleteAccountAction({ ok: false }, fd({ confirmEmail: "x" })), expect: V },
  { name: "action signOutEverywhereAction", run: () => accountActions.signOutEverywhereAction(), expect: V },
];

describe("guarded functions under each role", () => {
  for (const c of CASES) {
    it(c.name, async () => {
      const got: Record<string, string> = {};
      for (const role of ROLES) {
        ctx.token = role === "anonymous" ? undefined : (await sessionFor(db, role)).token;
        const o = await outcomeOf(c.run);
        got[role] = o === "allow" ? "allow" : "deny";
      }
      expect(got).toEqual(c.expect);
    });
  }
});

describe("access levels of gated text", () => {
  it("answers each level by the viewer's level: 401 signed out, 403 with the missing level below it", async () => {
    const slugs = { members: `${SLUG}-m`, paid: `${SLUG}-p` } as const;
    const nl = await db.newsletter.findUniqueOrThrow({ where: { slug: "authz-unit" }, select: { id: true } });
    const issueNo = ISSUE_NO + 1;
    const issue = await db.issue.create({
      data: {
        newsletterId: nl.id, number: issueNo, subject: "s", status: "sent", publishedAt: new Date(Date.now() - 1000),
        sections: { create: [{ position: 0, heading: "m", body: "members section", visibility: "members" }, { position: 1, heading: "p", body: "paid section", visibility: "paid" }] },
      },
      select: { sections: { orderBy: { position: "asc" }, select: { id: true } } },
    });
    for (const level of ["members", "paid"] as const) {
      await db.article.create({ data: { slug: slugs[level], title: "t", excerpt: "e", body: `${level} body`, visibility: level, status: "published", publishedAt: new Date(Date.now() - 1000) } });
    }
    try {
      const want = {
        anonymous: { members: "401:members", paid: "401:paid" },
        reader: { members: "403:members", paid: "403:paid" },
        subscriber: { members: "ok", paid: "403:paid" },
        member: { members: "ok", paid: "ok" },
        editor: { members: "ok", paid: "ok" },
      } as const;
      for (const [who, levels] of Object.entries(want)) {
        ctx.token = who === "anonymous" ? undefined : (await sessionFor(db, who as "reader" | "subscriber" | "member" | "editor")).token;
        for (const [i, level] of (["members", "paid"] as const).entries()) {
          const a = await content.getMembersArticleContent(slugs[level]);
          const s = await content.getMembersSectionContent(issueNo, issue.sections[i]!.id);
          for (const r of [a, s]) {
            expect(r.ok ? "ok" : `${r.status}:${r.need}`, `${who} reading ${level}`).toBe(levels[level]);
            if (r.ok) expect(r.html).toContain(level);
          }
        }
      }
    } finally {
      await db.article.deleteMany({ where: { slug: { in: Object.values(slugs) } } });
      await db.issue.deleteMany({ where: { number: issueNo, newsletterId: nl.id } });
    }
  });

  it("a subscriber reads at the members level, a comped member at paid, and unsubscribing ends the members level", async () => {
    const { viewerFromSessionToken } = await import("@/lib/auth/guards");
    const sub = await sessionFor(db, "subscriber");
    expect((await viewerFromSessionToken(sub.token))?.level).toBe("members");
    await db.subscription.updateMany({ where: { memberId: sub.memberId }, data: { status: "unsubscribed" } });
    expect((await viewerFromSessionToken(sub.token))?.level).toBe("public");
    const paid = await sessionFor(db, "member");
    expect((await viewerFromSessionToken(paid.token))?.level).toBe("paid");
    expect((await viewerFromSessionToken((await sessionFor(db, "reader")).token))?.level).toBe("public");
  });
});

describe("membership expiry", () => {
  it("an expired membership makes a reader again; grants and revokes are audited", async () => {
    const { viewerFromSessionToken } = await import("@/lib/auth/guards");
    ctx.token = (await sessionFor(db, "editor")).token;
    const person = await sessionFor(db, "reader");
    await membership.grantMembership(person.memberId, new Date(Date.now() + 60_000));
    expect((await viewerFromSessionToken(person.token))?.isMember).toBe(true);
    await db.member.update({ where: { id: person.memberId }, data: { membershipExpiresAt: new Date(Date.now() - 1000) } });
    expect((await viewerFromSessionToken(person.token))?.isMember).toBe(false);
    const extended = await membership.extendMembership(person.memberId, 30);
    expect(extended.active).toBe(true);
    expect(extended.expiresAt!.getTime()).toBeGreaterThan(Date.now() + 29 * 86400_000);
    await membership.revokeMembership(person.memberId);
    expect((await viewerFromSessionToken(person.token))?.isMember).toBe(false);
    const history = await membership.membershipHistory(person.memberId);
    expect(history.map((h) => h.action)).toEqual(["membership.revoke", "membership.grant", "membership.grant"].slice(0, history.length));
    expect(history.length).toBe(3);
  });
});
