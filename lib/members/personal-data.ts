// A member's own data: export as JSON, and deletion that removes personal data and keeps only
// anonymous counts. Free of request concerns: callers (manage page, /account) check who is asking.
import "server-only";
import { forgetDeliveryEventsTx } from "../deliverability/events";
import { anonymizeEventsTx, endForDeletionTx } from "../subscriptions/transitions";
import { assertAnAdminRemains, lockAdminRoles } from "./last-admin";
import { db } from "../server/db";

export type MemberDataExport = {
  exportedAt: string;
  profile: {
    id: string;
    email: string;
    name: string | null;
    role: string;
    membershipTier: string;
    membershipExpiresAt: string | null;
    emailVerified: string | null;
    createdAt: string;
    lastSeenAt: string | null;
  };
  subscriptions: { newsletter: string; status: string; source: string; createdAt: string; confirmedAt: string | null; unsubscribedAt: string | null }[];
  events: { newsletter: string; type: string; fromStatus: string | null; toStatus: string; source: string; createdAt: string }[];
  comments: { article: string; body: string; status: string; createdAt: string; editedAt: string | null }[];
  emailsReceived: { subject: string | null; status: string; submittedAt: string | null }[];
};

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Everything we hold about one member, as plain JSON. Null when there is no such member. */
export async function exportMemberData(memberId: string): Promise<MemberDataExport | null> {
  const m = await db.member.findUnique({
    where: { id: memberId },
    select: {
      id: true, email: true, name: true, role: true, membershipTier: true, membershipExpiresAt: true, emailVerified: true, createdAt: true, lastSeenAt: true,
      subscriptions: { select: { status: true, source: true, createdAt: true, confirmedAt: true, unsubscribedAt: true, newsletter: { select: { name: true } } } },
      subscribeEvents: { orderBy: { createdAt: "asc" }, select: { type: true, fromStatus: true, toStatus: true, source: true, createdAt: true, newsletter: { select: { name: true } } } },
      comments: { orderBy: { createdAt: "asc" }, select: { body: true, status: true, createdAt: true, editedAt: true, article: { select: { title: true } } } },
      emailRecipients: { select: { status: true, submittedAt: true, email: { select: { subject: true } } } },
    },
  });
  if (!m) return null;
  return {
    exportedAt: new Date().toISOString(),
    profile: {
      id: m.id, email: m.email, name: m.name, role: m.role, membershipTier: m.membershipTier, membershipExpiresAt: iso(m.membershipExpiresAt),
      emailVerified: iso(m.emailVerified), createdAt: m.createdAt.toISOString(), lastSeenAt: iso(m.lastSeenAt),
    },
    subscriptions: m.subscriptions.map((s) => ({
      newsletter: s.newsletter.name, status: s.status, source: s.source, createdAt: s.createdAt.toISOString(), confirmedAt: iso(s.confirmedAt), unsubscribedAt: iso(s.unsubscribedAt),
    })),
    events: m.subscribeEvents.map((e) => ({ newsletter: e.newsletter.name, type: e.type, fromStatus: e.fromStatus, toStatus: e.toStatus, source: e.source, createdAt: e.createdAt.toISOString() })),
    comments: m.comments.map((c) => ({ article: c.article.title, body: c.body, status: c.status, createdAt: c.createdAt.toISOString(), editedAt: iso(c.editedAt) })),
    emailsReceived: m.emailRecipients.map((r) => ({ subject: r.email.subject ?? null, status: r.status, submittedAt: iso(r.submittedAt) })),
  };
}

/**
 * Deletes a member and their personal data in one transaction: the Member row (sessions, accounts,
 * subscriptions, tokens, reports go with it), their comments (bodies of comments with replies are
 * blanked so the thread survives), the address snapshots in send ledgers, queued and kept mail, and
 * sign-in tokens. What remains is anonymous: SubscribeEvents without a member (growth counts) and one
 * AuditLog row "member.deleted" without an id (the deletion count). Returns false if not found; throws
 * LastAdminError (nothing deleted) for the last admin.
 */
export async function deleteMemberData(memberId: string, source: "account" | "admin" = "account"): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await lockAdminRoles(tx);
    const m = await tx.member.findUnique({ where: { id: memberId }, select: { id: true, email: true, role: true, subscriptions: { select: { newsletterId: true, status: true } } } });
    if (!m) return false;
    await endForDeletionTx(tx, memberId, m.subscriptions, source);
    const withReplies = await tx.comment.findMany({ where: { memberId, replies: { some: {} } }, select: { id: true } });
    if (withReplies.length) {
      await tx.comment.updateMany({ where: { id: { in: withReplies.map((c) => c.id) } }, data: { body: "", status: "deleted", memberId: null } });
    }
    await tx.comment.deleteMany({ where: { memberId } });
    await tx.emailRecipient.updateMany({ where: { memberId }, data: { address: "deleted", name: null, memberId: null } });
    await tx.outboxMessage.deleteMany({ where: { to: m.email } });
    await tx.mailboxMessage.deleteMany({ where: { to: m.email } });
    await tx.verificationToken.deleteMany({ where: { identifier: m.email } });
    await tx.suppression.deleteMany({ where: { email: m.email } });
    await forgetDeliveryEventsTx(tx, memberId, m.email);
    await tx.auditLog.updateMany({ where: { entityType: "Member", entityId: memberId }, data: { detail: null } });
    await anonymizeEventsTx(tx, memberId);
    await tx.member.delete({ where: { id: memberId } });
    if (m.role === "admin") await assertAnAdminRemains(tx);
    await tx.auditLog.create({ data: { action: "member.deleted", entityType: "Member", detail: source } });
    return true;
  });
}

/** How many members deleted themselves (or were deleted): the anonymous count that remains. */
export async function countDeletedMembers(): Promise<number> {
  return db.auditLog.count({ where: { action: "member.deleted", entityType: "Member" } });
}
