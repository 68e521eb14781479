// Publication settings (name, sender, postal address, tracking): Setting rows over defaults.
import "server-only";
import { cache } from "react";
import { z } from "zod";
import { isBuildPhase } from "../server/build-phase";
import { db, type Tx } from "../server/db";

export const SettingsSchema = z.object({
  publicationName: z.string().trim().min(1).max(120),
  description: z.string().trim().max(500),
  senderName: z.string().trim().min(1).max(120),
  senderEmail: z.email().max(254),
  replyTo: z.union([z.email().max(254), z.literal("")]),
  postalAddress: z.string().trim().min(1).max(300),
  logoUrl: z.string().max(500),
  trackOpens: z.boolean(),
  trackClicks: z.boolean(),
  /** Email design: masthead, accent colour (also the site's), body font, footer text, feature image. */
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  emailHeader: z.enum(["logo", "title"]),
  emailFont: z.enum(["serif", "sans"]),
  emailFooter: z.string().max(500),
  emailShowFeatureImage: z.boolean(),
  /** Editable transactional emails (Markdown with {{placeholders}}): lib/mail/transactional-copy.ts. */
  welcomeSubject: z.string().max(200),
  welcomeBody: z.string().max(5000),
  confirmSubject: z.string().max(200),
  confirmBody: z.string().max(5000),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  publicationName: "Weekly Outlook",
  description: "Independent analysis of politics, economy and society in Central and Eastern Europe.",
  senderName: "Weekly Outlook",
  senderEmail: "newsletter@weekly-outlook.localhost",
  replyTo: "",
  postalAddress: "Weekly Outlook, Vinohradská 12, 120 00 Prague 2, Czech Republic",
  logoUrl: "",
  trackOpens: true,
  trackClicks: true,
  accentColor: "#8a1c1c",
  emailHeader: "title",
  emailFont: "sans",
  emailFooter: "",
  emailShowFeatureImage: true,
  welcomeSubject: "Welcome to {{publication}}",
  welcomeBody:
    "Hi {{name}},\n\nYour subscription to {{newsletters}} is confirmed. Thank you for reading.\n\nThe next issue arrives in this inbox. Meanwhile, the latest analysis is on our website.",
  confirmSubject: "Confirm your subscription to {{newsletters}}",
  confirmBody: "Hello {{name}},\n\nPlease confirm that you want to receive {{newsletters}}: press the button below, then “Confirm subscription” on the page it opens.",
};

/** Settings without an access check: they are public facts of the publication (name, address). */
// Background workers call getSettings for every email, outside any request (where React's cache
// does not memoize): a short in-process memo keeps that to one query every few seconds.
const MEMO_MS = 5_000;
let memo: { at: number; value: Promise<Settings> } | undefined;

export const getSettings = cache(async (): Promise<Settings> => {
  if (memo && Date.now() - memo.at < MEMO_MS) return memo.value;
  const value = loadSettings();
  memo = { at: Date.now(), value };
  value.catch(() => {
    memo = undefined;
  });
  return value;
});

async function loadSettings(): Promise<Settings> {
  // `next build` never reads the database (docs/decisions/0040): build-time shells use the defaults.
  if (isBuildPhase()) return DEFAULT_SETTINGS;
  const rows = await db.setting.findMany({ select: { key: true, value: true } });
  const merged: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  for (const row of rows) {
    if (row.key in DEFAULT_SETTINGS) {
      try {
        merged[row.key] = JSON.parse(row.value);
      } catch {
        // a hand-edited, unparsable row falls back to the default
      }
    }
  }
  const parsed = SettingsSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  // One bad row falls back to its own default, not every setting to the defaults.
  for (const issue of parsed.error.issues) {
    const key = issue.path[0];
    if (typeof key === "string" && key in DEFAULT_SETTINGS) merged[key] = DEFAULT_SETTINGS[key as keyof Settings];
  }
  const again = SettingsSchema.safeParse(merged);
  return again.success ? again.data : DEFAULT_SETTINGS;
}

/** Writes settings. Callers must have checked requireAdmin(). */
/** Writes settings inside the caller's transaction (the first-run setup). */
export async function writeSettingsIn(tx: Tx, values: Partial<Settings>): Promise<void> {
  memo = undefined;
  for (const [key, value] of Object.entries(values)) {
    await tx.setting.upsert({ where: { key }, create: { key, value: JSON.stringify(value) }, update: { value: JSON.stringify(value) } });
  }
}

export function forgetSettingsMemo(): void {
  memo = undefined;
}

export async function saveSettingsUnchecked(values: Partial<Settings>): Promise<void> {
  memo = undefined;
  await db.$transaction(
    Object.entries(values).map(([key, value]) =>
      db.setting.upsert({ where: { key }, create: { key, value: JSON.stringify(value) }, update: { value: JSON.stringify(value) } }),
    ),
  );
  memo = undefined; // and again: a read during the write may have memoized the old values
}
