// Unit-test helpers for code that asks "who is this?": members with roles, sessions, and the
// outcome of a guarded call (allowed, sent to sign in, or forbidden).
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";

export type Role = "anonymous" | "reader" | "member" | "editor" | "admin";
export const ROLES: Role[] = ["anonymous", "reader", "member", "editor", "admin"];

/** The request the code under test sees: the session cookie and headers. Tests mutate it. */
export type RequestContext = { token: string | undefined; headers: Headers; setCookies: Map<string, string> };

/** A stand-in for next/headers bound to a RequestContext (use inside vi.mock's factory). */
export function nextHeadersFor(ctx: RequestContext) {
  return {
    cookies: async () => ({
      get: (name: string) => {
        if (ctx.setCookies.has(name)) return { name, value: ctx.setCookies.get(name)! };
        return name === "next-auth.session-token" && ctx.token ? { name, value: ctx.token } : undefined;
      },
      getAll: () => (ctx.token ? [{ name: "next-auth.session-token", value: ctx.token }] : []),
      set: (name: string, value: string) => void ctx.setCookies.set(name, value),
      delete: (name: string) => void ctx.setCookies.delete(name),
      has: (name: string) => name === "next-auth.session-token" && Boolean(ctx.token),
    }),
    headers: async () => ctx.headers,
  };
}

type Db = {
  member: { upsert: (a: never) => Promise<{ id: string }> };
  session: { create: (a: never) => Promise<unknown> };
  newsletter: { upsert: (a: never) => Promise<{ id: string }> };
  subscription: { create: (a: never) => Promise<unknown> };
};

/**
 * Makes (or updates) a member for a role and returns a fresh session token for them. "subscriber"
 * is a reader with an active subscription: the `members` access level. "member" has the paid level.
 */
export async function sessionFor(db: unknown, role: Exclude<Role, "anonymous"> | "subscriber", tag = randomBytes(4).toString("hex")): Promise<{ memberId: string; token: string; email: string }> {
  const d = db as Db;
  const email = `${role}-${tag}@unit.test`;
  const data = {
    email,
    role: role === "editor" || role === "admin" ? role : "reader",
    membershipTier: role === "member" ? "member" : "free",
  };
  const m = await d.member.upsert({ where: { email }, create: data, update: data, select: { id: true } } as never);
  if (role === "subscriber") {
    const nl = await d.newsletter.upsert({ where: { slug: "unit-subscribers" }, create: { slug: "unit-subscribers", name: "Unit subscribers" }, update: {}, select: { id: true } } as never);
    await d.subscription.create({ data: { memberId: m.id, newsletterId: nl.id, status: "active", confirmedAt: new Date() } } as never);
  }
  const token = randomBytes(32).toString("hex");
  await d.session.create({ data: { sessionToken: token, memberId: m.id, expires: new Date(Date.now() + 86400_000) } } as never);
  return { memberId: m.id, token, email };
}

export type Outcome = "allow" | "signin" | "forbidden";

/** Runs a guarded call: did the guard let it through, send to sign-in, or forbid it? */
export async function outcomeOf(fn: () => Promise<unknown>): Promise<Outcome> {
  try {
    await fn();
    return "allow";
  } catch (e) {
    const digest = String((e as { digest?: unknown })?.digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT") && digest.includes("/signin")) return "signin";
    if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;403")) return "forbidden";
    // Anything else (a missing row, bad input) happened after the guard let the call through.
    return "allow";
  }
}

/** Files matching a glob with `**`, `*` and `{a,b}` (Node 20 has no fs.globSync). Paths use "/". */
export function globFiles(pattern: string): string[] {
  const source = pattern
    .replace(/[.+^$()|[\]\\]/g, "\\$&")
    .replace(/\{([^}]+)\}/g, (_m, alts: string) => `(?:${alts.split(",").join("|")})`)
    .replace(/\*\*\//g, "\u0000")
    .replace(/\*/g, "[^/]*")
    .replace(/\u0000/g, "(?:.*/)?");
  const re = new RegExp(`^${source}$`);
  const root = pattern.split("/")[0]!;
  const out: string[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync(root, { recursive: true }) as string[];
  } catch {
    return out;
  }
  for (const rel of entries) {
    const p = `${root}/${rel.split("\\").join("/")}`;
    if (re.test(p)) out.push(p);
  }
  return out.sort();
}
