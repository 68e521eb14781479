// Issue previews for the editor (web page, free email, member email) and the test email to oneself.
// The email rendering itself belongs to the send pipeline (lib/issue-email.ts); this only asks it.
import "server-only";
import { recordAudit } from "../server/audit";
import { requireEditor } from "../auth/guards";
import { db } from "../server/db";
import { previewIssueWeb } from "./issue-editor";
import { previewIssueEmail } from "../sends/issue-email";
import { defaultFrom, sendEmail } from "../mail/send";

export type IssuePreviews = {
  web: NonNullable<Awaited<ReturnType<typeof previewIssueWeb>>>;
  free: { subject: string; html: string };
  member: { subject: string; html: string };
  /** What an inbox shows before the email is opened: the sender as it goes out, and the preheader. */
  envelope: { from: string; preheader: string };
};

export async function issuePreviews(id: string): Promise<IssuePreviews | null> {
  await requireEditor();
  const web = await previewIssueWeb(id);
  if (!web) return null;
  const [free, member, sender] = await Promise.all([previewIssueEmail(id, "free"), previewIssueEmail(id, "member"), defaultFrom()]);
  return {
    web,
    free: { subject: free.subject, html: free.html },
    member: { subject: member.subject, html: member.html },
    envelope: { from: sender.from, preheader: web.preheader },
  };
}

/** Sends the issue, as rendered for the chosen variant(s), to the signed-in editor's own address only. */
export async function sendIssueTestEmail(id: string, variant: "free" | "member" | "both"): Promise<{ ok: boolean; message: string }> {
  const viewer = await requireEditor();
  const variants = variant === "both" ? (["free", "member"] as const) : ([variant] as const);
  try {
    for (const v of variants) {
      const r = await previewIssueEmail(id, v);
      await sendEmail({ to: viewer.email, subject: `[Test · ${v === "free" ? "free subscriber" : "member"}] ${r.subject}`, html: r.html, text: r.text });
    }
  } catch (e) {
    const msg = (e as { name?: string }).name === "SmtpError" ? "The mail server refused the message." : "The test email could not be sent.";
    return { ok: false, message: msg };
  }
  await recordAudit(db, { actorId: viewer.id, action: "issue.test_email", entityType: "Issue", entityId: id, detail: { variant } });
  return { ok: true, message: `Sent ${variants.length === 2 ? "both variants" : `the ${variant} variant`} to ${viewer.email}.` };
}
