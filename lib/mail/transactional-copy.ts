// The editable words of the welcome and confirmation emails (admins): read, save, and preview unsaved copy
// exactly as the outbox would send it. Settings hold Markdown with {{placeholders}} (lib/mail/copy-fill.ts).
import "server-only";
import { requireAdmin } from "../auth/guards";
import { env } from "../server/env";
import { recordAudit } from "../server/audit";
import { db } from "../server/db";
import { getSettings, saveSettingsUnchecked } from "../settings/settings";
import { copyOf } from "./copy-fill";
import { defaultFrom, renderEmail } from "./send";
import { EmailCopySchema, type EmailCopy, type TransactionalKind } from "./schemas";
import { confirmEmailElement, welcomeEmailElement } from "./templates";

export async function getEmailCopyForAdmin(): Promise<Record<TransactionalKind, { subject: string; body: string }>> {
  await requireAdmin("/admin/settings/emails");
  const s = await getSettings();
  return { welcome: copyOf(s, "welcome"), confirm: copyOf(s, "confirm") };
}

export async function saveEmailCopy(copy: EmailCopy): Promise<void> {
  const viewer = await requireAdmin();
  const parsed = EmailCopySchema.parse(copy);
  await saveSettingsUnchecked(
    parsed.kind === "welcome" ? { welcomeSubject: parsed.subject, welcomeBody: parsed.body } : { confirmSubject: parsed.subject, confirmBody: parsed.body },
  );
  await recordAudit(db, { actorId: viewer.id, action: "settings.email_copy", entityType: "Setting", detail: { kind: parsed.kind } });
}

export type EmailCopyPreview = { subject: string; html: string; text: string; from: string; preheader: string };

/** Renders unsaved copy exactly as the outbox would send it, to a sample subscriber. */
export async function previewEmailCopy(copy: EmailCopy): Promise<EmailCopyPreview> {
  await requireAdmin();
  const s = await getSettings();
  const sample = { name: "Jana", newsletters: [s.publicationName] };
  const built =
    copy.kind === "welcome"
      ? await welcomeEmailElement(s, { ...sample, memberId: "preview", newsletterId: "preview" }, copy)
      : await confirmEmailElement(s, { ...sample, confirmUrl: `${env.APP_URL}/subscribe/confirm?token=preview`, ttlHours: 24 }, copy);
  const [{ html, text }, sender] = await Promise.all([renderEmail(built.react), defaultFrom()]);
  return { subject: built.subject, html, text, from: sender.from, preheader: built.preheader };
}

