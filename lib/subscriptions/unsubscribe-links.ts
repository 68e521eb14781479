// Signed unsubscribe links, one per (member, newsletter): the page URL, the RFC 8058 one-click URL and
// the List-Unsubscribe headers, signed with the day they were issued. Pure and fast (one HMAC), for the
// send pipeline's every recipient.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { sign, verifySignature } from "../server/crypto";
import { env } from "../server/env";

/**
 * Links carry the day they were issued and are signed with it. A link younger than this opens the
 * preference page (which shows the address masked); an older one can still unsubscribe — that must
 * always work, from any email ever sent — and offers a fresh link by email, but no longer shows
 * preferences or resubscribes: a forwarded or leaked email stops being a key to someone's settings.
 */
export const UNSUBSCRIBE_LINK_DAYS = 60;
const DAY_MS = 86_400_000;

export type UnsubscribeLink = { m: string; n: string; s: string; t?: string };
export type UnsubscribeLinkState = "fresh" | "expired" | "invalid";

function today(now = Date.now()): number {
  return Math.floor(now / DAY_MS);
}

function value(memberId: string, newsletterId: string, day: number): string {
  return `${memberId}:${newsletterId}:${day}`;
}

export function unsubscribeSignature(memberId: string, newsletterId: string, day = today()): string {
  return sign("unsubscribe", value(memberId, newsletterId, day));
}

/** Whether a link is ours and how old it is; `now` for tests. */
export function unsubscribeLinkState(link: UnsubscribeLink, now = Date.now()): UnsubscribeLinkState {
  const { m, n, s, t } = link;
  if (!m || !n || !s || !t || s.length > 128 || m.length > 64 || n.length > 64 || !/^\d{1,7}$/.test(t)) return "invalid";
  const day = Number(t);
  if (!verifySignature("unsubscribe", value(m, n, day), s)) return "invalid";
  if (day > today(now) + 1) return "invalid";
  return today(now) - day >= UNSUBSCRIBE_LINK_DAYS ? "expired" : "fresh";
}

/** True for any link we signed, fresh or expired: enough to unsubscribe (and to ask for a fresh link). */
export function verifyUnsubscribe(link: UnsubscribeLink): boolean {
  return unsubscribeLinkState(link) !== "invalid";
}

function query(memberId: string, newsletterId: string): string {
  const day = today();
  return new URLSearchParams({ m: memberId, n: newsletterId, t: String(day), s: unsubscribeSignature(memberId, newsletterId, day) }).toString();
}

/** The footer link: a page with an "Unsubscribe" button and the preference center (never acts on GET). */
export function unsubscribeUrl(memberId: string, newsletterId: string): string {
  return `${env.APP_URL}/unsubscribe?${query(memberId, newsletterId)}`;
}

/** The RFC 8058 endpoint: a POST with body List-Unsubscribe=One-Click unsubscribes. */
export function oneClickUnsubscribeUrl(memberId: string, newsletterId: string): string {
  return `${env.APP_URL}/api/unsubscribe?${query(memberId, newsletterId)}`;
}

function mailtoDomain(): string {
  if (env.BOUNCE_DOMAIN) return env.BOUNCE_DOMAIN.toLowerCase();
  try {
    return new URL(env.APP_URL).hostname || "localhost";
  } catch {
    return "localhost";
  }
}

// The mailto: address carries its own credential, short enough for a 64-octet local part:
// u+<memberId>-<newsletterId>-<10 hex of HMAC>. Lower case throughout (some MTAs fold case). It carries
// no day: unsubscribing must work from any email ever sent, and it only ever unsubscribes.
const MAILTO_SIG_HEX = 10;
function mailtoSignature(memberId: string, newsletterId: string): string {
  return Buffer.from(sign("unsubscribe-mailto", `${memberId}:${newsletterId}`), "base64url").toString("hex").slice(0, MAILTO_SIG_HEX);
}

/** The address whose mail unsubscribes this member from this newsletter (received by the inbound listener). */
export function mailtoUnsubscribeAddress(memberId: string, newsletterId: string): string {
  return `u+${memberId}-${newsletterId}-${mailtoSignature(memberId, newsletterId)}@${mailtoDomain()}`;
}

/** The (member, newsletter) of a signed mailto: local part (`u+m-n-sig`), or null. */
export function verifyMailtoUnsubscribe(localPart: string): { memberId: string; newsletterId: string } | null {
  const m = /^u\+([a-z0-9]{1,40})-([a-z0-9]{1,40})-([0-9a-f]+)$/.exec(localPart.toLowerCase());
  if (!m) return null;
  const [, memberId, newsletterId, sig] = m as unknown as [string, string, string, string];
  const expected = Buffer.from(mailtoSignature(memberId, newsletterId));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? { memberId, newsletterId } : null;
}

/** List-Unsubscribe (https + mailto) and List-Unsubscribe-Post for one recipient of one newsletter. */
export function listUnsubscribeHeaders(memberId: string, newsletterId: string): Record<string, string> {
  const mailto = `mailto:${mailtoUnsubscribeAddress(memberId, newsletterId)}?subject=unsubscribe`;
  return {
    "List-Unsubscribe": `<${oneClickUnsubscribeUrl(memberId, newsletterId)}>, <${mailto}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
