// The text rule at every boundary (names, titles, comments, Markdown, settings): well-formed Unicode
// and no control characters. Isomorphic, so forms can hint with the rule the server enforces.
import { z } from "zod";

// A lone UTF-16 surrogate cannot be encoded as UTF-8: the database driver throws on it (issue 10,
// finding 3). String.prototype.isWellFormed is in Node 20 and every current browser; the regex is the
// same test for older engines.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CONTROL_SINGLE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// Multi-line text keeps tab, line feed and carriage return.
const CONTROL_MULTI_LINE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Bidirectional overrides and isolates can make a name read as something else (Trojan Source).
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/;

export function isWellFormedText(value: string): boolean {
  const s = value as string & { isWellFormed?: () => boolean };
  return typeof s.isWellFormed === "function" ? s.isWellFormed() : !LONE_SURROGATE.test(value);
}

/** Why a piece of text is refused, in words for the reader; null when it is fine. */
export function textProblem(value: string, options: { multiline?: boolean } = {}): string | null {
  if (!isWellFormedText(value)) return "This text contains an invalid character (a broken emoji or symbol). Please retype it.";
  if ((options.multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(value)) {
    return options.multiline ? "This text contains control characters." : "This text cannot contain line breaks or control characters.";
  }
  if (BIDI_CONTROL.test(value)) return "This text contains direction-override characters.";
  return null;
}

/** For `.superRefine(...)` on a single-line string field. */
export function singleLineText(value: string, ctx: z.RefinementCtx): void {
  const problem = textProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
}

/** For `.superRefine(...)` on a multi-line string field (comments, Markdown, addresses). */
export function multiLineText(value: string, ctx: z.RefinementCtx): void {
  const problem = textProblem(value, { multiline: true });
  if (problem) ctx.addIssue({ code: "custom", message: problem });
}

export const MAX_NAME_LENGTH = 120;

/**
 * A person's name, everywhere (subscribe form, account, admin, import): optional, trimmed, runs of
 * spaces collapsed, no markup brackets, and the text rule.
 */
export const NameSchema = z
  .string({ error: "A name is text." })
  .max(1000, `A name can be at most ${MAX_NAME_LENGTH} characters.`)
  .nullish()
  .transform((v) => (v ?? "").trim())
  .superRefine((v, ctx) => {
    if (v.length > MAX_NAME_LENGTH) ctx.addIssue({ code: "custom", message: `A name can be at most ${MAX_NAME_LENGTH} characters.` });
    const problem = textProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: problem.replace("This text", "A name") });
    else if (/[<>]/.test(v)) ctx.addIssue({ code: "custom", message: "A name cannot contain < or > characters." });
  })
  .transform((v) => v.replace(/ +/g, " "))
  .transform((v) => (v === "" ? undefined : v));

/**
 * For text we store but cannot send back to a form (CSV cells): control characters become spaces,
 * broken characters become U+FFFD, and it is cut at `max` UTF-16 units without splitting a pair.
 */
export function cleanText(value: string, max: number): string {
  let s = value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, " ");
  s = isWellFormedText(s) ? s : s.replace(new RegExp(LONE_SURROGATE.source, "g"), "\uFFFD");
  if (s.length <= max) return s;
  const cut = /[\uD800-\uDBFF]/.test(s[max - 1] ?? "") ? max - 1 : max;
  return s.slice(0, cut);
}
