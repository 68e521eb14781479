// Membership: editors grant, extend and revoke it, with an optional expiry; every change is audited.
// An expired membership needs no job: hasActiveMembership() compares the expiry with now.
import "server-only";
import { audit, listAuditFor, type AuditEntry } from "../server/audit";
import { requireEditor } from "../auth/guards";
import { db } from "../server/db";

export type MembershipStatus = { tier: "free" | "member"; active: boolean; grantedAt: Date | null; expiresAt: Date | null };

function statusOf(m: { membershipTier: "free" | "member"; membershipGrantedAt: Date | null; membershipExpiresAt: Date | null }, now = new Date()): MembershipStatus {
  const active = m.membershipTier === "member" && (m.membershipExpiresAt === null || m.membershipExpiresAt > now);
  return { tier: m.membershipTier, active, grantedAt: m.membershipGrantedAt, expiresAt: m.membershipExpiresAt };
}

const select = { id: true, membershipTier: true, membershipGrantedAt: true, membershipExpiresAt: true } as const;

/** Grants membership (or replaces its expiry). `expiresAt` null means it does not expire. */
export async function grantMembership(memberId: string, expiresAt: Date | null): Promise<MembershipStatus> {
  const editor = await requireEditor();
  if (expiresAt && expiresAt <= new Date()) throw new RangeError("expiry must be in the future");
  return db.$transaction(async (tx) => {
    const before = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select });
    const wasActive = statusOf(before).active;
    const m = await tx.member.update({
      where: { id: memberId },
      data: { membershipTier: "member", membershipExpiresAt: expiresAt, membershipGrantedAt: wasActive ? before.membershipGrantedAt : new Date() },
      select,
    });
    await audit(editor.id, wasActive ? "membership.extend" : "membership.grant", "Member", memberId, {
      expiresAt: expiresAt?.toISOString() ?? null,
      previousExpiresAt: before.membershipExpiresAt?.toISOString() ?? null,
    }, tx);
    return statusOf(m);
  });
}

/** Extends an active membership by `days` from its current expiry (or from now if it has expired). */
export async function extendMembership(memberId: string, days: number): Promise<MembershipStatus> {
  await requireEditor();
  if (!Number.isInteger(days) || days <= 0 || days > 3650) throw new RangeError("days must be 1–3650");
  const m = await db.member.findUniqueOrThrow({ where: { id: memberId }, select });
  const now = new Date();
  if (m.membershipTier === "member" && m.membershipExpiresAt === null && statusOf(m).active) return statusOf(m);
  const from = m.membershipExpiresAt && m.membershipExpiresAt > now ? m.membershipExpiresAt : now;
  return grantMembership(memberId, new Date(from.getTime() + days * 86400_000));
}

/** Ends a membership now: the person is a reader again (sessions stay; access is checked per request). */
export async function revokeMembership(memberId: string): Promise<MembershipStatus> {
  const editor = await requireEditor();
  return db.$transaction(async (tx) => {
    const before = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select });
    const m = await tx.member.update({ where: { id: memberId }, data: { membershipTier: "free", membershipExpiresAt: null }, select });
    await audit(editor.id, "membership.revoke", "Member", memberId, { previousExpiresAt: before.membershipExpiresAt?.toISOString() ?? null }, tx);
    return statusOf(m);
  });
}

export async function getMembershipStatus(memberId: string): Promise<MembershipStatus> {
  await requireEditor();
  return statusOf(await db.member.findUniqueOrThrow({ where: { id: memberId }, select }));
}

export async function membershipHistory(memberId: string): Promise<AuditEntry[]> {
  await requireEditor();
  return (await listAuditFor("Member", memberId)).filter((e) => e.action.startsWith("membership."));
}

export { statusOf as membershipStatusOf };
