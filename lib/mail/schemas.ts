// Schemas of the mail domain's boundaries: the editable copy of the welcome and confirmation emails.
import { z } from "zod";
import { markdownProblem } from "../content/markdown";
import { multiLineText, singleLineText } from "../shared/text";

export const TRANSACTIONAL_KINDS = ["welcome", "confirm"] as const;
export type TransactionalKind = (typeof TRANSACTIONAL_KINDS)[number];

/** The placeholders an editor may use in subject and body; anything else in braces stays as typed. */
export const PLACEHOLDERS = ["name", "publication", "newsletters"] as const;

export const EmailCopySchema = z.object({
  kind: z.enum(TRANSACTIONAL_KINDS, "Unknown email."),
  subject: z.string().trim().min(1, "A subject is needed.").max(200, "At most 200 characters.").superRefine(singleLineText),
  body: z
    .string()
    .trim()
    .min(1, "Write the email's text.")
    .max(5000, "At most 5,000 characters.")
    .superRefine(multiLineText)
    .superRefine((v, ctx) => {
      const problem = markdownProblem(v);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});
export type EmailCopy = z.infer<typeof EmailCopySchema>;
