// Signed unsubscribe links, one per (member, newsletter): the page URL, the RFC 8058 one-click URL and
// the List-Unsubscribe headers. Pure and fast (one HMAC), for the send pipeline's every recipient.
import "server-only";
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
  try {
    return new URL(env.APP_URL).hostname || "localhost";
  } catch {
    return "localhost";
  }
}

/** List-Unsubscribe (https + mailto) and List-Unsubscribe-Post for one recipient of one newsletter. */
export function listUnsubscribeHeaders(memberId: string, newsletterId: string): Record<string, string> {
  const mailto = `mailto:unsubscribe@${mailtoDomain()}?subject=${encodeURIComponent(`unsubscribe ${memberId} ${newsletterId}`)}`;
  return {
    "List-Unsubscribe": `<${oneClickUnsubscribeUrl(memberId, newsletterId)}>, <${mailto}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
