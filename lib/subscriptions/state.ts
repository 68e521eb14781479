// Subscriptions: double opt-in subscribe, confirm, unsubscribe, resubscribe, preferences, and the
// manage-access links that open data export and deletion. All database access for Subscription,
// SubscribeEvent and subscription ActionTokens lives here; every change writes a SubscribeEvent.
import "server-only";
import { newId } from "../server/bulk-insert";
import { resolveMx } from "node:dns/promises";
import { randomToken, sha256 } from "../server/crypto";
import { db, type Tx } from "../server/db";
import { env } from "../server/env";
import { enqueueEmail, outboxRow, wakeOutbox } from "../mail/outbox";
import { consumeRateLimit, consumeRateLimits } from "../server/rate-limit";
import { createTimingFloor } from "../server/timing-floor";
import { listUnsubscribeHeaders, unsubscribeUrl } from "./unsubscribe-links";
import { SubscribeSchema, TokenSchema, type SubscribeInput } from "./schemas";

export type SubscriptionSource = "form" | "import" | "admin" | "api" | "email_link" | "one_click" | "account" | "complaint" | "mailto";
type SubStatus = "pending" | "active" | "unsubscribed";

/** A pending subscriber gets at most one confirmation email per this interval. */
export const CONFIRMATION_RESEND_MS = 10 * 60_000;
export const MANAGE_TOKEN_TTL_MS = 60 * 60_000;

export type NewsletterOption = { id: string; name: string; description: string | null };

let newsletterCache: { at: number; list: NewsletterOption[] } | null = null;

/** Active newsletters, in display order (cached for a few seconds: the subscribe hot path reads it). */
export async function listNewsletters(): Promise<NewsletterOption[]> {
  if (newsletterCache && Date.now() - newsletterCache.at < 5_000) return newsletterCache.list;
  const list = await db.newsletter.findMany({
    where: { status: "active" },
    orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true, description: true },
  });
  newsletterCache = { at: Date.now(), list };
  return list;
}

function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && "code" in e && (e as { code?: string }).code === "P2002";
}

function confirmUrl(token: string): string {
  return `${env.APP_URL}/subscribe/confirm?token=${token}`;
}

/** Creates a confirmation token and queues the confirmation email, inside the caller's transaction. */
async function queueConfirmation(tx: Tx, member: { id: string; email: string; name: string | null }, newsletters: NewsletterOption[]): Promise<void> {
  const token = randomToken(32);
  await tx.actionToken.create({
    data: {
      tokenHash: sha256(token),
      purpose: "confirm_subscription",
      memberId: member.id,
      newsletterId: newsletters.length === 1 ? newsletters[0]!.id : null,
      expiresAt: new Date(Date.now() + env.CONFIRM_TOKEN_TTL_HOURS * 3_600_000),
    },
    select: { id: true },
  });
  await enqueueEmail(tx, member.email, "confirm-subscription", {
    name: member.name ?? undefined,
    confirmUrl: confirmUrl(token),
    newsletters: newsletters.map((n) => n.name),
    ttlHours: env.CONFIRM_TOKEN_TTL_HOURS,
  });
}

export type SubscribeOutcome = { queued: boolean };

/**
 * The core of a signup (no rate limits, no request concerns). Creates or reuses the member and a
 * pending subscription per newsletter and queues one confirmation email — all in one transaction.
 * Active subscriptions are left alone; unsubscribed ones go back to pending (double opt-in again).
 * The caller shows the same answer whatever happened.
 */
export async function subscribe(input: { email: string; name?: string; newsletterIds?: string[]; source?: SubscriptionSource }): Promise<SubscribeOutcome> {
  const all = await listNewsletters();
  const chosen = input.newsletterIds?.length ? all.filter((n) => input.newsletterIds!.includes(n.id)) : all.slice(0, 1);
  if (chosen.length === 0) return { queued: false };
  const source = input.source ?? "form";
  if (await subscribeNewAddress(input.email, input.name, chosen, source)) {
    wakeOutbox();
    return { queued: true };
  }
  for (let attempt = 0; ; attempt++) {
    try {
      const queued = await db.$transaction((tx) => subscribeTx(tx, input.email, input.name, chosen, source));
      if (queued) wakeOutbox();
      return { queued };
    } catch (e) {
      // Two concurrent first signups of one address (PostgreSQL): the loser retries and finds the row.
      if (isUniqueViolation(e) && attempt < 3) continue;
      throw e;
    }
  }
}

// ─────────────── first signups, group-committed ───────────────
// The common case — an address we have never seen — is written by a small group-commit writer:
// signups that arrive while a transaction is running are written together in the next one (five
// createMany statements for the whole group: members, subscriptions, events, tokens, outbox rows).
// Each caller's promise resolves only after its group has committed, so an accepted signup is
// durable; SQLite then does hundreds of signups a second instead of one transaction each.

type NewSignup = {
  email: string;
  name: string | undefined;
  chosen: NewsletterOption[];
  source: SubscriptionSource;
  done: (created: boolean) => void;
  fail: (e: unknown) => void;
};

const MAX_GROUP = 100;
let signupQueue: NewSignup[] = [];
let writing = false;


/** Queues a first signup; resolves true once written, false when the address already exists. */
function subscribeNewAddress(email: string, name: string | undefined, chosen: NewsletterOption[], source: SubscriptionSource): Promise<boolean> {
  return new Promise((done, fail) => {
    signupQueue.push({ email, name, chosen, source, done, fail });
    if (!writing) void writeSignups();
  });
}

async function writeSignups(): Promise<void> {
  writing = true;
  try {
    while (signupQueue.length > 0) {
      const group = signupQueue.slice(0, MAX_GROUP);
      signupQueue = signupQueue.slice(MAX_GROUP);
      await writeGroup(group);
    }
  } finally {
    writing = false;
  }
}

/**
 * Writes a group in one transaction. When it throws for any other reason than a concurrent writer,
 * each signup is retried alone, so one bad item (a value the database refuses) fails only itself,
 * never the honest signups batched with it (issue 10, finding 3).
 */
async function writeGroup(group: NewSignup[]): Promise<void> {
  try {
    await writeGroupOnce(group);
  } catch (e) {
    if (group.length === 1) group[0]!.fail(e);
    else for (const g of group) await writeGroup([g]);
  }
}

async function writeGroupOnce(group: NewSignup[]): Promise<void> {
  const seen = new Set<string>();
  const fresh: NewSignup[] = [];
  const known = new Set(
    (await db.member.findMany({ where: { email: { in: group.map((g) => g.email) } }, select: { email: true } })).map((m) => m.email),
  );
  for (const g of group) {
    if (known.has(g.email) || seen.has(g.email)) g.done(false);
    else {
      seen.add(g.email);
      fresh.push(g);
    }
  }
  if (fresh.length === 0) return;
  const now = new Date();
  const expiresAt = new Date(now.getTime() + env.CONFIRM_TOKEN_TTL_HOURS * 3_600_000);
  const members: { id: string; email: string; name?: string }[] = [];
  const subscriptions: { memberId: string; newsletterId: string; status: "pending"; source: SubscriptionSource; confirmationSentAt: Date }[] = [];
  const events: { memberId: string; newsletterId: string; type: "requested"; toStatus: "pending"; source: SubscriptionSource; createdAt: Date }[] = [];
  const tokens: { tokenHash: string; purpose: "confirm_subscription"; memberId: string; newsletterId: string | null; expiresAt: Date }[] = [];
  const mails: { to: string; template: string; payload: string }[] = [];
  for (const g of fresh) {
    const memberId = newId();
    const token = randomToken(32);
    members.push({ id: memberId, email: g.email, name: g.name });
    for (const n of g.chosen) {
      subscriptions.push({ memberId, newsletterId: n.id, status: "pending", source: g.source, confirmationSentAt: now });
      events.push({ memberId, newsletterId: n.id, type: "requested", toStatus: "pending", source: g.source, createdAt: now });
    }
    tokens.push({ tokenHash: sha256(token), purpose: "confirm_subscription", memberId, newsletterId: g.chosen.length === 1 ? g.chosen[0]!.id : null, expiresAt });
    mails.push(
      outboxRow(g.email, "confirm-subscription", {
        name: g.name,
        confirmUrl: confirmUrl(token),
        newsletters: g.chosen.map((n) => n.name),
        ttlHours: env.CONFIRM_TOKEN_TTL_HOURS,
      }),
    );
  }
  try {
    await db.$transaction([
      db.member.createMany({ data: members }),
      db.subscription.createMany({ data: subscriptions }),
      db.subscribeEvent.createMany({ data: events }),
      db.actionToken.createMany({ data: tokens }),
      db.outboxMessage.createMany({ data: mails }),
    ]);
  } catch (e) {
    // Another instance wrote one of these addresses meanwhile: nothing of the group was written;
    // each signup goes through the general (row-by-row) path instead.
    if (isUniqueViolation(e)) {
      for (const g of fresh) g.done(false);
      return;
    }
    throw e;
  }
  for (const g of fresh) g.done(true);
}

async function subscribeTx(tx: Tx, email: string, name: string | undefined, chosen: NewsletterOption[], source: SubscriptionSource): Promise<boolean> {
  const now = new Date();
  // Never overwrite an existing member's name from an anonymous form.
  const member = await tx.member.upsert({ where: { email }, create: { email, name }, update: {}, select: { id: true, email: true, name: true } });
  const existing = await tx.subscription.findMany({
    where: { memberId: member.id, newsletterId: { in: chosen.map((n) => n.id) } },
    select: { id: true, newsletterId: true, status: true, confirmationSentAt: true },
  });
  const needConfirm: NewsletterOption[] = [];
  const cutoff = new Date(now.getTime() - CONFIRMATION_RESEND_MS);
  for (const nl of chosen) {
    const sub = existing.find((s) => s.newsletterId === nl.id);
    if (!sub) {
      await tx.subscription.create({
        data: { memberId: member.id, newsletterId: nl.id, status: "pending", source, confirmationSentAt: now },
        select: { id: true },
      });
      await tx.subscribeEvent.create({ data: { memberId: member.id, newsletterId: nl.id, type: "requested", toStatus: "pending", source }, select: { id: true } });
      needConfirm.push(nl);
      continue;
    }
    if (sub.status === "active") continue;
    // pending or unsubscribed: (re)send, at most once per CONFIRMATION_RESEND_MS. The conditional
    // update is the lock: of concurrent requests exactly one sees count === 1.
    const won = await tx.subscription.updateMany({
      where: { id: sub.id, status: sub.status, OR: [{ confirmationSentAt: null }, { confirmationSentAt: { lt: cutoff } }] },
      data: { status: "pending", confirmationSentAt: now },
    });
    if (won.count !== 1) continue;
    if (sub.status === "unsubscribed") {
      await tx.subscribeEvent.create({
        data: { memberId: member.id, newsletterId: nl.id, type: "requested", fromStatus: "unsubscribed", toStatus: "pending", source },
        select: { id: true },
      });
    }
    needConfirm.push(nl);
  }
  if (needConfirm.length === 0) return false;
  await queueConfirmation(tx, member, needConfirm);
  return true;
}

// ─────────────── the request-facing entry point (form action and POST /api/subscribe) ───────────────

export type SubscribeRequestResult =
  | { ok: true }
  | { ok: false; kind: "invalid"; fieldErrors: Record<string, string[]>; formError?: string }
  | { ok: false; kind: "rate_limited"; retryAfterSeconds: number };

const DISPOSABLE_DOMAINS = new Set([
  "mailinator.com", "guerrillamail.com", "guerrillamail.net", "10minutemail.com", "tempmail.com", "temp-mail.org",
  "yopmail.com", "trashmail.com", "sharklasers.com", "getnada.com", "dispostable.com", "maildrop.cc", "throwawaymail.com",
]);

async function domainProblem(email: string): Promise<string | null> {
  if (!env.CHECK_MX) return null;
  const domain = email.slice(email.lastIndexOf("@") + 1);
  if (DISPOSABLE_DOMAINS.has(domain)) return "Please use a permanent email address, not a disposable one.";
  try {
    const mx = await Promise.race([resolveMx(domain), new Promise<null>((r) => setTimeout(() => r(null), 3000))]);
    if (mx && mx.length === 0) return "That domain does not accept email.";
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ENOTFOUND" || code === "ENODATA") return "That domain does not accept email.";
    // DNS trouble on our side is not the subscriber's fault: let the signup through.
  }
  return null;
}

/**
 * Validates, applies the honeypot and the rate limits (per IP, per address), then subscribes. The
 * answer is the same for a new, pending, active or unsubscribed address.
 */
export async function requestSubscription(raw: unknown, ip: string, source: SubscriptionSource): Promise<SubscribeRequestResult> {
  const ipBucket = { key: `subscribe:ip:${ip}`, limit: env.RATE_LIMIT_SUBSCRIBE_PER_IP };
  const window = env.RATE_LIMIT_WINDOW_SECONDS;
  const parsed = SubscribeSchema.safeParse(raw);
  if (!parsed.success) {
    // Invalid attempts count against the IP too (so probing is limited), then get their messages.
    const [ipLimit] = await consumeRateLimits([ipBucket], window);
    if (!ipLimit!.ok) return { ok: false, kind: "rate_limited", retryAfterSeconds: ipLimit!.retryAfterSeconds };
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "form");
      (fieldErrors[key] ??= []).push(issue.message);
    }
    return { ok: false, kind: "invalid", fieldErrors };
  }
  const input: SubscribeInput = parsed.data;
  // Both limits in one statement: the per-IP and the per-address bucket.
  const limits = await consumeRateLimits([ipBucket, { key: `subscribe:email:${sha256(input.email)}`, limit: env.RATE_LIMIT_SUBSCRIBE_PER_EMAIL }], window);
  const hit = limits.find((l) => !l.ok);
  if (hit) return { ok: false, kind: "rate_limited", retryAfterSeconds: hit.retryAfterSeconds };
  // A filled honeypot gets the normal answer and nothing happens: bots learn nothing.
  if (input.website && input.website.trim() !== "") return { ok: true };
  const problem = await domainProblem(input.email);
  if (problem) return { ok: false, kind: "invalid", fieldErrors: { email: [problem] } };
  const known = await listNewsletters();
  if (input.newsletterIds.some((id) => !known.some((n) => n.id === id))) {
    return { ok: false, kind: "invalid", fieldErrors: { newsletterIds: ["Choose from the newsletters listed."] } };
  }
  const started = performance.now();
  await subscribe({ email: input.email, name: input.name, newsletterIds: input.newsletterIds, source });
  await answerNoSoonerThanUsual(performance.now() - started);
  return { ok: true };
}

// A new address is written by the group-commit path; a known one also takes the row-by-row
// transaction, and an unsubscribed one queues mail where an active one does not. Left alone, the
// answer's timing tells who subscribes (issue 10, finding 16: 4 ms in the audit). Every accepted
// signup answers no sooner than the recent 90th percentile of all signups — new and known alike, so
// the floor itself says nothing about any one address. Waiting is a timer, not work: throughput is
// unchanged; a typical signup answers at the p90 instead of the median. `npm run bench:subscribe-timing`.
const signupTiming = createTimingFloor();

async function answerNoSoonerThanUsual(tookMs: number): Promise<void> {
  const wait = signupTiming.waitFor(tookMs);
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
}

// ─────────────── confirmation ───────────────

export type TokenState = "valid" | "expired" | "used" | "invalid";

async function findToken(token: string, purpose: "confirm_subscription" | "manage_subscription") {
  if (!TokenSchema.safeParse(token).success) return null;
  return db.actionToken.findUnique({
    where: { tokenHash: sha256(token) },
    select: { id: true, purpose: true, memberId: true, newsletterId: true, expiresAt: true, usedAt: true },
  }).then((t) => (t && t.purpose === purpose ? t : null));
}

/** What a confirmation link is, without acting on it (the GET landing page). */
export async function inspectConfirmToken(token: string): Promise<TokenState> {
  const t = await findToken(token, "confirm_subscription");
  if (!t) return "invalid";
  if (t.usedAt) return "used";
  if (t.expiresAt <= new Date()) return "expired";
  return "valid";
}

/** `memberId` lets the confirm page start a session on the confirming device (docs/decisions/0031). */
export type ConfirmResult = { status: "confirmed"; newsletters: string[]; memberId: string } | { status: Exclude<TokenState, "valid"> };

/** Confirms the pending subscriptions behind a token (once), and queues the welcome email. */
export async function confirmSubscription(token: string): Promise<ConfirmResult> {
  const t = await findToken(token, "confirm_subscription");
  if (!t) return { status: "invalid" };
  if (t.usedAt) return { status: "used" };
  if (t.expiresAt <= new Date()) return { status: "expired" };
  const result = await db.$transaction(async (tx): Promise<ConfirmResult> => {
    const now = new Date();
    const claimed = await tx.actionToken.updateMany({ where: { id: t.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return { status: "used" };
    const subs = await tx.subscription.findMany({
      where: { memberId: t.memberId, status: "pending", ...(t.newsletterId ? { newsletterId: t.newsletterId } : {}) },
      select: { id: true, newsletterId: true, unsubscribedAt: true, newsletter: { select: { name: true } } },
    });
    const member = await tx.member.findUniqueOrThrow({ where: { id: t.memberId }, select: { id: true, email: true, name: true, emailVerified: true } });
    for (const s of subs) {
      const moved = await tx.subscription.updateMany({ where: { id: s.id, status: "pending" }, data: { status: "active", confirmedAt: now } });
      if (moved.count !== 1) continue;
      await tx.subscribeEvent.create({
        data: { memberId: t.memberId, newsletterId: s.newsletterId, type: s.unsubscribedAt ? "resubscribed" : "confirmed", fromStatus: "pending", toStatus: "active", source: "email_link" },
        select: { id: true },
      });
    }
    if (!member.emailVerified) await tx.member.update({ where: { id: member.id }, data: { emailVerified: now }, select: { id: true } });
    const first = subs[0];
    if (first) {
      await enqueueEmail(tx, member.email, "welcome", {
        name: member.name ?? undefined,
        memberId: member.id,
        newsletterId: first.newsletterId,
        newsletters: subs.map((s) => s.newsletter.name),
      });
    }
    return { status: "confirmed", newsletters: subs.map((s) => s.newsletter.name), memberId: member.id };
  });
  if (result.status === "confirmed") wakeOutbox();
  return result;
}

/**
 * From an expired or used confirmation link: sends a fresh confirmation when something is still
 * pending (at most once per 10 minutes). Same answer either way.
 */
export async function resendConfirmation(token: string): Promise<void> {
  const t = await findToken(token, "confirm_subscription");
  if (!t) return;
  const member = await db.member.findUnique({ where: { id: t.memberId }, select: { email: true } });
  if (!member) return;
  const pending = await db.subscription.findMany({
    where: { memberId: t.memberId, status: "pending", ...(t.newsletterId ? { newsletterId: t.newsletterId } : {}) },
    select: { newsletterId: true },
  });
  if (pending.length === 0) return;
  const limit = await consumeRateLimit(`subscribe:email:${sha256(member.email)}`, env.RATE_LIMIT_SUBSCRIBE_PER_EMAIL, env.RATE_LIMIT_WINDOW_SECONDS);
  if (!limit.ok) return;
  await subscribe({ email: member.email, newsletterIds: pending.map((p) => p.newsletterId), source: "email_link" });
}

// ─────────────── unsubscribe, resubscribe, preferences (callers verified the signed link) ───────────────

async function setStatus(tx: Tx, memberId: string, newsletterId: string, to: SubStatus, source: SubscriptionSource): Promise<boolean> {
  const sub = await tx.subscription.findUnique({ where: { memberId_newsletterId: { memberId, newsletterId } }, select: { id: true, status: true } });
  const now = new Date();
  if (to === "unsubscribed") {
    if (!sub || sub.status === "unsubscribed") return false;
    const moved = await tx.subscription.updateMany({ where: { id: sub.id, status: sub.status }, data: { status: "unsubscribed", unsubscribedAt: now } });
    if (moved.count !== 1) return false;
    await tx.subscribeEvent.create({ data: { memberId, newsletterId, type: "unsubscribed", fromStatus: sub.status, toStatus: "unsubscribed", source }, select: { id: true } });
    return true;
  }
  // to active: the signed link proves control of the mailbox, so no second opt-in is needed.
  if (sub?.status === "active") return false;
  if (!sub) {
    await tx.subscription.create({ data: { memberId, newsletterId, status: "active", source, confirmedAt: now }, select: { id: true } });
    await tx.subscribeEvent.create({ data: { memberId, newsletterId, type: "confirmed", toStatus: "active", source }, select: { id: true } });
    return true;
  }
  const moved = await tx.subscription.updateMany({ where: { id: sub.id, status: sub.status }, data: { status: "active", confirmedAt: now } });
  if (moved.count !== 1) return false;
  await tx.subscribeEvent.create({
    data: { memberId, newsletterId, type: sub.status === "unsubscribed" ? "resubscribed" : "confirmed", fromStatus: sub.status, toStatus: "active", source },
    select: { id: true },
  });
  return true;
}

/** Unsubscribes a member from one newsletter; idempotent. Returns whether anything changed. */
export async function unsubscribe(memberId: string, newsletterId: string, source: SubscriptionSource): Promise<boolean> {
  return db.$transaction((tx) => setStatus(tx, memberId, newsletterId, "unsubscribed", source));
}

/** Subscribes again after an unsubscribe (recorded as "resubscribed"). */
export async function resubscribe(memberId: string, newsletterId: string, source: SubscriptionSource): Promise<boolean> {
  return db.$transaction((tx) => setStatus(tx, memberId, newsletterId, "active", source));
}

export type Preferences = {
  email: string;
  newsletters: { id: string; name: string; description: string | null; status: SubStatus | null }[];
};

/** The preference center's view: every active newsletter and this member's status in it. */
export async function getPreferences(memberId: string): Promise<Preferences | null> {
  const member = await db.member.findUnique({
    where: { id: memberId },
    select: { email: true, subscriptions: { select: { newsletterId: true, status: true } } },
  });
  if (!member) return null;
  const all = await listNewsletters();
  return {
    email: member.email,
    newsletters: all.map((n) => ({ ...n, status: member.subscriptions.find((s) => s.newsletterId === n.id)?.status ?? null })),
  };
}

/** Sets which newsletters a member receives: chosen ones become active, the others unsubscribed. */
export async function updatePreferences(memberId: string, chosenIds: string[], source: SubscriptionSource): Promise<void> {
  const all = await listNewsletters();
  await db.$transaction(async (tx) => {
    for (const n of all) {
      const sub = await tx.subscription.findUnique({ where: { memberId_newsletterId: { memberId, newsletterId: n.id } }, select: { status: true } });
      if (chosenIds.includes(n.id)) await setStatus(tx, memberId, n.id, "active", source);
      else if (sub && sub.status !== "unsubscribed") await setStatus(tx, memberId, n.id, "unsubscribed", source);
    }
  });
}

// ─────────────── manage access (data export and deletion from an email link) ───────────────

/** Emails a one-hour link to the manage page (data export, deletion). Rate limited per member. */
export async function requestManageLink(memberId: string): Promise<void> {
  const limit = await consumeRateLimit(`manage:member:${memberId}`, env.RATE_LIMIT_SUBSCRIBE_PER_EMAIL, env.RATE_LIMIT_WINDOW_SECONDS);
  if (!limit.ok) return;
  await db.$transaction(async (tx) => {
    const member = await tx.member.findUnique({ where: { id: memberId }, select: { id: true, email: true, name: true } });
    if (!member) return;
    const token = randomToken(32);
    await tx.actionToken.create({
      data: { tokenHash: sha256(token), purpose: "manage_subscription", memberId, expiresAt: new Date(Date.now() + MANAGE_TOKEN_TTL_MS) },
      select: { id: true },
    });
    await enqueueEmail(tx, member.email, "manage-access", { name: member.name ?? undefined, manageUrl: `${env.APP_URL}/manage?token=${token}` });
  });
  wakeOutbox();
}

/**
 * From an expired unsubscribe link: emails the member a fresh link to their preferences (to their
 * own address, so the link in a forwarded email cannot be refreshed into someone else's hands).
 * Rate limited per member; the same answer either way.
 */
export async function requestPreferencesLink(memberId: string, newsletterId: string): Promise<void> {
  const limit = await consumeRateLimit(`prefs-link:member:${memberId}`, env.RATE_LIMIT_SUBSCRIBE_PER_EMAIL, env.RATE_LIMIT_WINDOW_SECONDS);
  if (!limit.ok) return;
  const queued = await db.$transaction(async (tx) => {
    const member = await tx.member.findUnique({ where: { id: memberId }, select: { email: true, name: true } });
    const newsletter = await tx.newsletter.findUnique({ where: { id: newsletterId }, select: { id: true } });
    if (!member || !newsletter) return false;
    await enqueueEmail(tx, member.email, "preferences-link", { name: member.name ?? undefined, memberId, newsletterId });
    return true;
  });
  if (queued) wakeOutbox();
}

/** The member a manage link belongs to, while it is valid (it may be used more than once until it expires). */
export async function memberForManageToken(token: string): Promise<{ memberId: string; email: string } | null> {
  const t = await findToken(token, "manage_subscription");
  if (!t || t.usedAt || t.expiresAt <= new Date()) return null;
  const m = await db.member.findUnique({ where: { id: t.memberId }, select: { id: true, email: true } });
  return m ? { memberId: m.id, email: m.email } : null;
}

// ─────────────── history (editors' member page) ───────────────

export type SubscribeEventDto = { id: string; type: string; fromStatus: string | null; toStatus: string; source: string; newsletter: string; createdAt: Date };

/** A member's subscription history, newest first. Callers must have checked requireEditor() or ownership. */
export async function listSubscribeEvents(memberId: string, take = 100): Promise<SubscribeEventDto[]> {
  const rows = await db.subscribeEvent.findMany({
    where: { memberId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, type: true, fromStatus: true, toStatus: true, source: true, createdAt: true, newsletter: { select: { name: true } } },
  });
  return rows.map((r) => ({ ...r, newsletter: r.newsletter.name }));
}

export { listUnsubscribeHeaders, unsubscribeUrl };
