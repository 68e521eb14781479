// Signed unsubscribe links, one per (member, newsletter): the page URL, the RFC 8058 one-click URL and
// the List-Unsubscribe headers. Pure and fast (one HMAC), for the send pipeline's every recipient.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { sign, verifySignature } from "../server/crypto";
import { env } from "../server/env";

function value(memberId: string, newsletterId: string): string {
  return `${memberId}:${newsletterId}`;
}

export function unsubscribeSignature(memberId: string, newsletterId: string): string {
  return sign("unsubscribe", value(memberId, newsletterId));
}

export function verifyUnsubscribe(memberId: string, newsletterId: string, signature: string): boolean {
  if (!memberId || !newsletterId || !signature || signature.length > 128) return false;
  return verifySignature("unsubscribe", value(memberId, newsletterId), signature);
}

function query(memberId: string, newsletterId: string): string {
  return new URLSearchParams({ m: memberId, n: newsletterId, s: unsubscribeSignature(memberId, newsletterId) }).toString();
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
// u+<memberId>-<newsletterId>-<10 hex of HMAC>. Lower case throughout (some MTAs fold case).
const MAILTO_SIG_HEX = 10;
function mailtoSignature(memberId: string, newsletterId: string): string {
  return Buffer.from(sign("unsubscribe-mailto", value(memberId, newsletterId)), "base64url").toString("hex").slice(0, MAILTO_SIG_HEX);
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
