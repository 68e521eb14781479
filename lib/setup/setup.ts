// The first-run owner setup (docs/decisions/0050): open while no admin exists, reached through a
// one-time token printed in the server log (or `npm run setup`, which has the machine's trust).
// Tokens live as Setting rows `setup.token.<sha256>` (only the hash), so any instance accepts the
// token any instance printed; completing the setup deletes them all in the same transaction.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { seedInto } from "../../prisma/seed";
import { createOwner } from "../members/owner";
import { lockAdminRoles } from "../members/last-admin";
import { recordAudit } from "../server/audit";
import { db } from "../server/db";
import { forgetSettingsMemo, writeSettingsIn } from "../settings/settings";
import { DEFAULT_NEWSLETTER_SLUG } from "../content/issues";
import { SETUP_TOKEN_PATTERN, SetupSchema, type SetupInput } from "./schemas";

const TOKEN_PREFIX = "setup.token.";
/** A printed link works this long; a restart prints a new one. */
export const SETUP_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

const tokenKey = (token: string) => TOKEN_PREFIX + createHash("sha256").update(token).digest("hex");

/** True while the publication has no owner (no admin): the only time /setup does anything. */
export async function isSetupOpen(): Promise<boolean> {
  return (await db.member.count({ where: { role: "admin" } })) === 0;
}

/** A new one-time setup token (only its hash is stored); null when the setup is closed. */
export async function issueSetupToken(now = new Date()): Promise<string | null> {
  if (!(await isSetupOpen())) return null;
  const token = randomBytes(32).toString("base64url");
  await db.setting.create({ data: { key: tokenKey(token), value: JSON.stringify({ issuedAt: now.toISOString() }) } });
  // tokens from earlier starts that have expired are of no use to anyone
  await db.setting.deleteMany({ where: { key: { startsWith: TOKEN_PREFIX }, updatedAt: { lt: new Date(now.getTime() - SETUP_TOKEN_TTL_MS) } } });
  return token;
}

export type SetupTokenState = "valid" | "invalid" | "closed";

/** What the setup page may show for this token (nothing is spent). */
export async function checkSetupToken(token: unknown, now = new Date()): Promise<SetupTokenState> {
  if (!(await isSetupOpen())) return "closed";
  if (typeof token !== "string" || !SETUP_TOKEN_PATTERN.test(token)) return "invalid";
  const row = await db.setting.findUnique({ where: { key: tokenKey(token) }, select: { updatedAt: true } });
  return row && row.updatedAt.getTime() >= now.getTime() - SETUP_TOKEN_TTL_MS ? "valid" : "invalid";
}

export const SETUP_REFUSALS = {
  closed: "This publication is already set up: an owner exists. Sign in instead; the setup link no longer works.",
  invalid:
    "This setup link is not valid (mistyped, already used, or older than 24 hours). Use the link printed in the server log at the last start — restarting prints a new one — or run `npm run setup -- --owner you@example.org` on the server.",
} as const;

export type SetupResult =
  | { ok: true; ownerId: string; ownerEmail: string; sample: boolean }
  | { ok: false; reason: "closed" | "invalid"; message: string }
  | { ok: false; reason: "input"; message: string; fieldErrors: Record<string, string[] | undefined> };

class Refused extends Error {
  constructor(readonly reason: "closed" | "invalid") {
    super(reason);
  }
}

/**
 * Creates the owner (an admin), the publication's settings and newsletter, and optionally the sample
 * content, in one transaction that also spends the token. A refusal changes nothing.
 */
export async function completeSetup(input: SetupInput | Record<string, unknown>, auth: { token: unknown } | { cli: true }, now = new Date()): Promise<SetupResult> {
  const parsed = SetupSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const i of parsed.error.issues) (fieldErrors[String(i.path[0])] ??= []).push(i.message);
    return { ok: false, reason: "input", message: "Please correct the highlighted fields.", fieldErrors };
  }
  const v = parsed.data;
  const sample = v.start === "sample";
  try {
    const owner = await db.$transaction(
      async (tx) => {
        await lockAdminRoles(tx); // two setups at once (two instances, two tokens): one owner
        if ((await tx.member.count({ where: { role: "admin" } })) > 0) throw new Refused("closed");
        if ("token" in auth) {
          const token = auth.token;
          if (typeof token !== "string" || !SETUP_TOKEN_PATTERN.test(token)) throw new Refused("invalid");
          const spent = await tx.setting.deleteMany({ where: { key: tokenKey(token), updatedAt: { gte: new Date(now.getTime() - SETUP_TOKEN_TTL_MS) } } });
          if (spent.count !== 1) throw new Refused("invalid");
        }
        await tx.setting.deleteMany({ where: { key: { startsWith: TOKEN_PREFIX } } });
        const newsletter = { name: v.publicationName, description: v.description };
        const existing = await tx.newsletter.findUnique({ where: { slug: DEFAULT_NEWSLETTER_SLUG }, select: { id: true } });
        if (existing) await tx.newsletter.update({ where: { id: existing.id }, data: newsletter });
        else if (sample && (await tx.newsletter.count()) === 0) await seedInto(tx, { now, accounts: false, comments: false, newsletter });
        else await tx.newsletter.create({ data: { slug: DEFAULT_NEWSLETTER_SLUG, status: "active", ...newsletter } });
        await writeSettingsIn(tx, {
          publicationName: v.publicationName,
          description: v.description,
          senderName: v.senderName,
          senderEmail: v.senderEmail,
          postalAddress: v.postalAddress,
        });
        const m = await createOwner(tx, v.ownerEmail, v.ownerName ?? "");
        await recordAudit(tx, { actorId: m.id, action: "setup.complete", entityType: "Member", entityId: m.id, detail: { via: "cli" in auth ? "cli" : "web", sample } });
        return m;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    forgetSettingsMemo();
    return { ok: true, ownerId: owner.id, ownerEmail: v.ownerEmail, sample };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, reason: e.reason, message: SETUP_REFUSALS[e.reason] };
    throw e;
  }
}
