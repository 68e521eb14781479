// The one address rule of the whole app (subscribe, sign-in, CSV import, admin, settings): isomorphic,
// so forms can hint with the same rule the server enforces.
import { z } from "zod";

export const MAX_EMAIL_LENGTH = 254;

/**
 * Trims, lower-cases, and writes an internationalised domain in its ASCII (IDNA/punycode) form. The local
 * part is case-sensitive by RFC 5321, but every real mailbox provider treats it case-insensitively, and one
 * person must map to one Member.
 */
export function normalizeEmail(raw: string): string {
  const email = raw.trim().toLowerCase();
  const at = email.lastIndexOf("@");
  if (at < 0) return email;
  const domain = email.slice(at + 1);
  if (!/[^\x00-\x7f]/.test(domain) || /[\s/?#@:\\[\]%]/.test(domain)) return email;
  try {
    // WHATWG URL parsing applies UTS #46 (IDNA) in Node and in browsers alike.
    return `${email.slice(0, at)}@${new URL(`http://${domain}`).hostname}`;
  } catch {
    return email;
  }
}

// Local parts: printable ASCII only (no Unicode look-alikes such as Cyrillic "а" or full-width "＠", no
// CR/LF or control characters that could inject headers, no < > or spaces). Domains: IDNA (normalised to
// punycode above) with a dotted name and a TLD.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/** Why a normalised address is refused, in words for the reader; null when it is fine. */
export function emailProblem(email: string): string | null {
  if (email.length === 0) return "Enter your email address.";
  if (email.length > MAX_EMAIL_LENGTH) return `An email address can be at most ${MAX_EMAIL_LENGTH} characters.`;
  if (/[\u0000-\u001f\u007f]/.test(email)) return "An email address cannot contain line breaks or control characters.";
  if (/[^\x20-\x7e]/.test(email)) return "Use an address with plain Latin letters, digits and punctuation (no look-alike characters).";
  const at = email.lastIndexOf("@");
  if (at < 1 || at !== email.indexOf("@")) return "An email address needs exactly one @, like name@example.com.";
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return "The part before the @ is not valid.";
  if (!DOMAIN.test(domain)) return "The part after the @ is not a valid domain, like example.com.";
  return null;
}

/** True when the raw value, once normalised, is an address we accept. */
export function isEmail(raw: string): boolean {
  return emailProblem(normalizeEmail(raw)) === null;
}

/** The email field everywhere: normalised, then checked by the one rule. */
export const EmailSchema = z
  .string({ error: "Enter your email address." })
  .max(1000, `An email address can be at most ${MAX_EMAIL_LENGTH} characters.`)
  .transform(normalizeEmail)
  .superRefine((email, ctx) => {
    const problem = emailProblem(email);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/**
 * An address shown on a page reached by an unauthenticated link (the unsubscribe page): enough for its
 * owner to recognise it, not enough to harvest from a forwarded email (`r•••r@example.com`).
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "•••";
  const local = email.slice(0, at);
  const shown = local.length <= 2 ? local[0] : `${local[0]}•••${local[local.length - 1]}`;
  return `${shown}@${email.slice(at + 1)}`;
}
