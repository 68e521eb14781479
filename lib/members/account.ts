// The signed-in person's own account: profile, membership, newsletter preferences, sessions, data
// export and deletion. Every function acts only on the viewer it gets from requireViewer().
import "server-only";
import { requireViewer } from "../auth/guards";
import { db } from "../server/db";
import { setOwnSubscriptionTx } from "../subscriptions/transitions";
import { LastAdminError } from "./last-admin";
import { deleteMemberData, exportMemberData, type MemberDataExport } from "./personal-data";
import { membershipStatusOf, type MembershipStatus } from "./membership";

export type AccountOverview = {
  email: string;
  name: string | null;
  role: "reader" | "editor" | "admin";
  membership: MembershipStatus;
  createdAt: Date;
  newsletters: { id: string; name: string; description: string | null; status: "pending" | "active" | "unsubscribed" | null }[];
  sessions: { id: string; createdAt: Date; lastSeenAt: Date | null; expires: Date; userAgent: string | null; current: boolean }[];
};

export async function getAccountOverview(): Promise<AccountOverview> {
  const viewer = await requireViewer("/account");
  const [m, newsletters, sessions] = await Promise.all([
    db.member.findUniqueOrThrow({
      where: { id: viewer.id },
      select: {
        email: true, name: true, role: true, createdAt: true, membershipTier: true, membershipGrantedAt: true, membershipExpiresAt: true,
        subscriptions: { select: { newsletterId: true, status: true } },
      },
    }),
    db.newsletter.findMany({ where: { status: "active" }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, description: true } }),
    db.session.findMany({
      where: { memberId: viewer.id, expires: { gt: new Date() } },
      orderBy: { createdAt: "desc" },
      select: { id: true, createdAt: true, lastSeenAt: true, expires: true, userAgent: true },
    }),
  ]);
  const subs = new Map(m.subscriptions.map((s) => [s.newsletterId, s.status]));
  return {
    email: m.email,
    name: m.name,
    role: m.role,
    createdAt: m.createdAt,
    membership: membershipStatusOf(m),
    newsletters: newsletters.map((n) => ({ ...n, status: subs.get(n.id) ?? null })),
    sessions: sessions.map((s) => ({ ...s, current: s.id === viewer.sessionId })),
  };
}

export async function updateName(name: string): Promise<void> {
  const viewer = await requireViewer("/account");
  await db.member.update({ where: { id: viewer.id }, data: { name: name || null } });
}

/**
 * Subscribes or unsubscribes the viewer. A signed-in address is verified (it received the sign-in
 * mail), so subscribing here is active at once — no second confirmation.
 */
export async function setSubscription(newsletterId: string, subscribed: boolean): Promise<void> {
  const viewer = await requireViewer("/account");
  const nl = await db.newsletter.findFirst({ where: { id: newsletterId, status: "active" }, select: { id: true } });
  if (!nl) return;
  await db.$transaction((tx) => setOwnSubscriptionTx(tx, viewer.id, newsletterId, subscribed));
}

/** Ends one of the viewer's sessions (never someone else's). */
export async function revokeSession(sessionId: string): Promise<void> {
  const viewer = await requireViewer("/account");
  await db.session.deleteMany({ where: { id: sessionId, memberId: viewer.id } });
}

/** Signs the viewer out on every device, this one included. */
export async function revokeAllSessions(): Promise<number> {
  const viewer = await requireViewer("/account");
  const r = await db.session.deleteMany({ where: { memberId: viewer.id } });
  return r.count;
}

/** Everything we hold about the viewer, as JSON (GDPR Art. 15/20). No secrets: no session tokens. */
export async function exportAccountData(): Promise<MemberDataExport> {
  const viewer = await requireViewer("/account");
  const data = await exportMemberData(viewer.id);
  if (!data) throw new Error("signed-in member has no row");
  return data;
}

export type DeleteResult = { ok: true } | { ok: false; error: string };

/**
 * Deletes the viewer's account and their personal data (deleteMemberData). The last admin cannot
 * delete themselves.
 */
export async function deleteOwnAccount(confirmEmail: string): Promise<DeleteResult> {
  const viewer = await requireViewer("/account");
  if (confirmEmail.trim().toLowerCase() !== viewer.email) return { ok: false, error: "Type your email address exactly to confirm." };
  // One deletion path for everyone (account, manage link, admin), which keeps the last admin.
  try {
    await deleteMemberData(viewer.id, "account");
  } catch (e) {
    if (e instanceof LastAdminError) return { ok: false, error: "You are the only admin. Make someone else admin first." };
    throw e;
  }
  return { ok: true };
}
