// Schemas for the editor admin's forms: one schema serves the server action and any client hint.
import { z } from "zod";
import { markdownProblem } from "./markdown";
import { EmailSchema } from "../shared/email";
import { multiLineText, NameSchema, singleLineText } from "../shared/text";

const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const SlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens.");

export const ArticleSchema = z
  .object({
    id: z.preprocess(emptyAsUndefined, z.string().max(40).optional()),
    title: z.string().trim().min(1, "A title is needed.").max(200).superRefine(singleLineText),
    slug: z.preprocess(emptyAsUndefined, SlugSchema.optional()),
    excerpt: z.string().trim().max(600).superRefine(multiLineText).default(""),
    body: z.string().max(200_000).superRefine(multiLineText).default("").refine((v) => markdownProblem(v) === null, { error: (i) => markdownProblem(String(i.input)) ?? "Invalid text." }),
    teaser: z.string().max(20_000).superRefine(multiLineText).default(""),
    visibility: z.enum(["public", "members", "paid"]).default("public"),
    status: z.enum(["draft", "scheduled", "published"]).default("draft"),
    publishedAt: z.preprocess(emptyAsUndefined, z.coerce.date().optional()),
    coverImage: z.preprocess(emptyAsUndefined, z.string().max(300).regex(/^\/uploads\/[a-zA-Z0-9._-]+$/).optional()),
    topicIds: z.array(z.string().max(40)).max(20).default([]),
    authorIds: z.array(z.string().max(40)).max(10).default([]),
  })
  .refine((a) => a.status !== "scheduled" || a.publishedAt !== undefined, { message: "A scheduled article needs a publish time.", path: ["publishedAt"] });
export type ArticleInput = z.infer<typeof ArticleSchema>;

export const IssueSectionSchema = z.object({
  /** The saved section's id; absent for a section added since the last save. */
  id: z.string().max(40).optional(),
  heading: z.string().trim().max(200).superRefine(singleLineText).default(""),
  body: z.string().max(100_000).superRefine(multiLineText).default("").refine((v) => markdownProblem(v) === null, { error: (i) => markdownProblem(String(i.input)) ?? "Invalid text." }),
  teaser: z.string().max(10_000).superRefine(multiLineText).default(""),
  visibility: z.enum(["public", "members", "paid"]).default("public"),
});

export const IssueSchema = z.object({
  id: z.string().max(40),
  subject: z.string().trim().min(1, "A subject is needed.").max(200).superRefine(singleLineText),
  preheader: z.string().trim().max(300).superRefine(singleLineText).default(""),
  sections: z.array(IssueSectionSchema).max(50),
  articleIds: z.array(z.string().max(40)).max(30).default([]),
});
export type IssueInput = z.infer<typeof IssueSchema>;

export const MemberAddSchema = z.object({
  email: EmailSchema,
  name: NameSchema,
  subscribe: z.enum(["none", "active", "confirm"]).default("active"),
  membership: z.enum(["free", "member"]).default("free"),
  note: z.preprocess(emptyAsUndefined, z.string().trim().max(1000).superRefine(multiLineText).optional()),
});

export const MembershipChangeSchema = z.object({
  memberId: z.string().max(40),
  op: z.enum(["grant", "revoke", "extend"]),
  /** Months to grant or extend by; 0 grants without expiry. */
  months: z.coerce.number().int().min(0).max(120).default(12),
});

export const SettingsFormSchema = z.object({
  publicationName: z.string().trim().min(1, "A name is needed.").max(120).superRefine(singleLineText),
  description: z.string().trim().max(500).superRefine(multiLineText),
  senderName: z.string().trim().min(1, "A sender name is needed.").max(120).superRefine(singleLineText),
  senderEmail: EmailSchema,
  replyTo: z.union([z.literal(""), EmailSchema]),
  postalAddress: z.string().trim().min(1, "Email footers need a postal address.").max(300).superRefine(multiLineText),
  logoUrl: z.union([z.literal(""), z.string().max(500).regex(/^(https:\/\/|\/uploads\/)[^\s"'<>]+$/, "An https:// URL or an uploaded image.")]),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, "A colour like #8a1c1c."),
  emailHeader: z.enum(["logo", "title"], "Choose the logo or the title."),
  emailFont: z.enum(["serif", "sans"], "Choose serif or sans-serif."),
  emailFooter: z.string().trim().max(500, "At most 500 characters.").superRefine(multiLineText),
  emailShowFeatureImage: z.boolean(),
  trackOpens: z.boolean(),
  trackClicks: z.boolean(),
});

export const CsvMappingSchema = z.object({
  file: z.string().regex(/^[a-f0-9]{32}$/),
  emailColumn: z.coerce.number().int().min(0).max(200),
  nameColumn: z.coerce.number().int().min(-1).max(200).default(-1),
  noteColumn: z.coerce.number().int().min(-1).max(200).default(-1),
  hasHeader: z.boolean().default(true),
  consent: z.enum(["consented", "confirm", "none"]).default("consented"),
  membership: z.enum(["keep", "member"]).default("keep"),
});

export type FormState = { ok: boolean; message?: string; formError?: string; fieldErrors?: Record<string, string[] | undefined> };

const optionalText = (max: number) => z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string().max(max, `At most ${max} characters.`).default(""));

/** An author's profile as the admin edits it; `photo` null removes the portrait, absent keeps it. */
export const AuthorSchema = z.object({
  id: z.preprocess(emptyAsUndefined, z.string().max(40).optional()),
  name: z.string().trim().min(1, "A name is needed.").max(120, "At most 120 characters."),
  slug: z.preprocess(emptyAsUndefined, SlugSchema.optional()),
  bio: optionalText(2000),
  location: optionalText(120),
  photo: z.union([z.null(), z.string().max(300).regex(/^\/uploads\/[a-zA-Z0-9._-]+$/, "Upload the photo again.")]).optional(),
});
export type AuthorInput = z.infer<typeof AuthorSchema>;

export const TopicSchema = z.object({
  id: z.preprocess(emptyAsUndefined, z.string().max(40).optional()),
  name: z.string().trim().min(1, "A name is needed.").max(80, "At most 80 characters."),
  slug: z.preprocess(emptyAsUndefined, SlugSchema.optional()),
  description: optionalText(600),
});
export type TopicInput = z.infer<typeof TopicSchema>;
