// Signed unsubscribe links for newsletter email: the landing page URL and the RFC 8058 headers.
import "server-only";
import { sign } from "./crypto";
import { env } from "./env";

function query(memberId: string, newsletterId: string): string {
  const sig = sign("unsubscribe", `${memberId}:${newsletterId}`);
  return `m=${encodeURIComponent(memberId)}&n=${encodeURIComponent(newsletterId)}&sig=${encodeURIComponent(sig)}`;
}

function mailtoDomain(): string {
  const m = /@([^>\s]+)>?\s*$/.exec(env.MAIL_FROM);
  return m?.[1] ?? "localhost";
}

/** The page a reader lands on from the footer link (a button there does the unsubscribe). */
export function unsubscribeUrl(memberId: string, newsletterId: string): string {
  return `${env.APP_URL}/unsubscribe?${query(memberId, newsletterId)}`;
}

/** List-Unsubscribe (https + mailto) and List-Unsubscribe-Post for one-click unsubscribe (RFC 8058). */
export function listUnsubscribeHeaders(memberId: string, newsletterId: string): Record<string, string> {
  const q = query(memberId, newsletterId);
  const mailto = `mailto:unsubscribe@${mailtoDomain()}?subject=${encodeURIComponent(`unsubscribe ${memberId} ${newsletterId}`)}`;
  return {
    "List-Unsubscribe": `<${env.APP_URL}/api/unsubscribe?${q}>, <${mailto}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  };
}
