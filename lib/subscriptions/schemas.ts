// Subscribe input: zod schemas shared by the form's server action, POST /api/subscribe and the
// unsubscribe/preference forms; email normalization (trim, lower-case domain, ASCII only).
import { z } from "zod";

export const MAX_EMAIL_LENGTH = 254;
export const MAX_NAME_LENGTH = 100;

/**
 * Trims and lower-cases the domain (the local part is case-sensitive by RFC 5321, but we also lower-case
 * it: every real mailbox provider treats it case-insensitively, and one person must map to one Member).
 */
export function normalizeEmail(raw: string): string {
  return raw.trim().toLowerCase();
}

// Deliberately strict: printable ASCII only (no Unicode look-alikes such as Cyrillic "а" or full-width "＠",
// no CR/LF or other control characters that could inject headers), one @, a dotted domain with a TLD.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

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

export const EmailSchema = z
  .string({ error: "Enter your email address." })
  .max(1000, `An email address can be at most ${MAX_EMAIL_LENGTH} characters.`)
  .transform(normalizeEmail)
  .superRefine((email, ctx) => {
    const problem = emailProblem(email);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

const NameSchema = z
  .string()
  .max(1000)
  .optional()
  .transform((v) => (v ?? "").trim())
  .superRefine((v, ctx) => {
    if (v.length > MAX_NAME_LENGTH) ctx.addIssue({ code: "custom", message: `A name can be at most ${MAX_NAME_LENGTH} characters.` });
    if (/[\u0000-\u001f\u007f<>]/.test(v)) ctx.addIssue({ code: "custom", message: "A name cannot contain line breaks or < > characters." });
  })
  .transform((v) => v.replace(/ +/g, " "))
  .transform((v) => (v === "" ? undefined : v));

/** One form field may arrive as a single value or repeated (checkboxes). */
const IdList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
  .pipe(z.array(z.string().min(1).max(64)).max(20, "Too many newsletters."));

export const SubscribeSchema = z.object({
  email: EmailSchema,
  name: NameSchema,
  newsletterIds: IdList,
  /** Honeypot: a field people never see; bots fill it. */
  website: z.string().max(1000).optional(),
});
export type SubscribeInput = z.infer<typeof SubscribeSchema>;

export const PreferencesSchema = z.object({
  m: z.string().min(1).max(64),
  n: z.string().min(1).max(64),
  s: z.string().min(1).max(128),
  newsletterIds: IdList,
});

export const TokenSchema = z.string().min(20).max(128).regex(/^[A-Za-z0-9_-]+$/);

/** Reads a FormData into a plain object for the schemas (repeated keys become arrays). */
export function formDataToObject(formData: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string") continue;
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  if (out.newsletterIds !== undefined && !Array.isArray(out.newsletterIds)) out.newsletterIds = [out.newsletterIds];
  return out;
}
