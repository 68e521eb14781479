// Editor controls of a send: start (with the confirmation's counts), pause, resume, cancel, and
// "send to these" for the uncertain recipients. Each function checks requireEditor() itself.
import "server-only";
import { requireEditor } from "../auth/guards";
import { db } from "../server/db";
import { countRecipients, SendError, startSend } from "./create-send";
import { wakeSendLoop } from "./signals";

export { SendError };

/** What the confirmation page shows before sending. */
export async function getSendConfirmation(issueId: string) {
  await requireEditor(`/admin/issues/${issueId}/send`);
  const issue = await db.issue.findUnique({
    where: { id: issueId },
    select: { id: true, number: true, subject: true, status: true, newsletterId: true, newsletter: { select: { name: true, status: true } }, _count: { select: { sections: true } } },
  });
  if (!issue) return null;
  const counts = await countRecipients(issue.newsletterId);
  const active = await db.email.findFirst({ where: { issueId, status: { in: ["pending", "sending", "paused"] } }, select: { id: true, status: true, scheduledAt: true } });
  return { issue, counts, active };
}

export async function startSendAsEditor(issueId: string, scheduledAt?: Date): Promise<string> {
  const viewer = await requireEditor(`/admin/issues/${issueId}/send`);
  return startSend(issueId, viewer, { scheduledAt });
}

async function transition(emailId: string, from: Array<"pending" | "sending" | "paused">, to: "sending" | "paused" | "cancelled", action: string) {
  const viewer = await requireEditor(`/admin/sends/${emailId}`);
  const r = await db.email.updateMany({ where: { id: emailId, status: { in: from } }, data: { status: to, ...(to === "cancelled" ? { finishedAt: new Date() } : {}) } });
  if (r.count !== 1) throw new SendError(`This send cannot be ${action} in its current state.`);
  await db.auditLog.create({ data: { actorId: viewer.id, action: `send.${action}`, entityType: "Email", entityId: emailId } });
  return r.count;
}

export async function pauseSend(emailId: string): Promise<void> {
  await transition(emailId, ["sending"], "paused", "paused");
}

export async function resumeSend(emailId: string): Promise<void> {
  await transition(emailId, ["paused"], "sending", "resumed");
  wakeSendLoop();
}

export async function cancelSend(emailId: string): Promise<void> {
  const email = await db.email.findUnique({ where: { id: emailId }, select: { status: true, issueId: true } });
  await transition(emailId, ["pending", "sending", "paused"], "cancelled", "cancelled");
  // A scheduled send that never started leaves the issue a draft again.
  if (email?.status === "pending") await db.issue.updateMany({ where: { id: email.issueId, status: "scheduled" }, data: { status: "draft", scheduledAt: null } });
}

/**
 * "Send to these": the editor decided the uncertain recipients did not get the email. They go back
 * to pending and the send runs again for them only.
 */
export async function resendUncertain(emailId: string): Promise<number> {
  const viewer = await requireEditor(`/admin/sends/${emailId}`);
  const count = await db.$transaction(async (tx) => {
    const email = await tx.email.findUnique({ where: { id: emailId }, select: { status: true } });
    if (!email || !["sent", "sending", "paused"].includes(email.status)) throw new SendError("This send cannot be resumed for these recipients.");
    const batches = await tx.emailRecipient.findMany({ where: { emailId, status: "uncertain" }, distinct: ["batchId"], select: { batchId: true } });
    const r = await tx.emailRecipient.updateMany({ where: { emailId, status: "uncertain" }, data: { status: "pending", nextAttemptAt: null, lastError: null } });
    if (r.count === 0) return 0;
    await tx.emailBatch.updateMany({ where: { id: { in: batches.map((b) => b.batchId) }, status: { in: ["submitted", "failed"] } }, data: { status: "pending", claimedBy: null, claimedAt: null, notBefore: null } });
    if (email.status === "sent") await tx.email.update({ where: { id: emailId }, data: { status: "sending", finishedAt: null } });
    await tx.auditLog.create({ data: { actorId: viewer.id, action: "send.resend_uncertain", entityType: "Email", entityId: emailId, detail: `${r.count} recipients` } });
    return r.count;
  });
  wakeSendLoop();
  return count;
}
