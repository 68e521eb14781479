// Subscribe input: zod schemas shared by the form's server action, POST /api/subscribe and the
// unsubscribe/preference forms; email normalization (trim, lower-case domain, ASCII only).
import { z } from "zod";
import { EmailSchema } from "../shared/email";
import { NameSchema } from "../shared/text";

export { EmailSchema, emailProblem, MAX_EMAIL_LENGTH, normalizeEmail } from "../shared/email";
export { MAX_NAME_LENGTH, NameSchema } from "../shared/text";

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
  /** The day the link was issued (lib/subscriptions/unsubscribe-links.ts). */
  t: z.string().max(12).optional(),
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
