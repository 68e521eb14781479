// The first-run setup form and `npm run setup`: one schema for both.
import { z } from "zod";
import { EmailSchema } from "../shared/email";
import { NameSchema } from "../shared/text";

export const SETUP_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export const SetupSchema = z.object({
  publicationName: z.string({ error: "Enter the publication's name." }).trim().min(1, "Enter the publication's name.").max(120, "At most 120 characters."),
  description: z.string().trim().max(500, "At most 500 characters.").default(""),
  ownerEmail: EmailSchema,
  ownerName: NameSchema,
  senderName: z.string({ error: "Enter the sender name." }).trim().min(1, "Enter the sender name readers see.").max(120, "At most 120 characters."),
  senderEmail: EmailSchema,
  postalAddress: z
    .string({ error: "Enter the postal address." })
    .trim()
    .min(1, "Enter a postal address: it is printed in every email's footer (anti-spam laws require it).")
    .max(300, "At most 300 characters."),
  start: z.enum(["empty", "sample"], { error: "Choose whether to start empty or with sample content." }).default("empty"),
});
export type SetupInput = z.input<typeof SetupSchema>;
export type SetupValues = z.output<typeof SetupSchema>;

/** The web form: the same fields plus the one-time token (checked by completeSetup, not here). */
export const SetupFormSchema = SetupSchema.extend({ token: z.string().max(200).default("") });
export const SETUP_FIELDS = ["publicationName", "description", "ownerEmail", "ownerName", "senderName", "senderEmail", "postalAddress", "start"] as const;
