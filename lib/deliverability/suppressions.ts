// The suppression list for staff: search by address, filter by reason, and lift a suppression (an
// editor's decision, audited with the reason that is lifted). Writes of new suppressions live in
// events.ts (late reports) and lib/sends/ledger.ts (a 5xx at submission).
import "server-only";
import { requireEditor } from "../auth/guards";
import { recordAudit } from "../server/audit";
import { db } from "../server/db";
import { pageWindow, totalPagesOf } from "../shared/pagination";

export const SUPPRESSION_REASONS = ["hard_bounce", "soft_bounce", "complaint", "manual"] as const;
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];
export const PER_PAGE = 50;

export type SuppressionRow = { id: string; email: string; reason: SuppressionReason; detail: string | null; createdAt: Date; memberId: string | null };

export async function listSuppressions(o: { q?: string; reason?: SuppressionReason; page?: number }) {
  await requireEditor("/admin/suppressions");
  const q = (o.q ?? "").trim().toLowerCase().slice(0, 254);
  const where = { ...(q ? { email: { contains: q } } : {}), ...(o.reason ? { reason: o.reason } : {}) };
  const page = Math.max(1, o.page ?? 1);
  const [total, rows, byReason] = await Promise.all([
    db.suppression.count({ where }),
    db.suppression.findMany({ where, orderBy: { createdAt: "desc" }, ...pageWindow(page, PER_PAGE), select: { id: true, email: true, reason: true, detail: true, createdAt: true } }),
    db.suppression.groupBy({ by: ["reason"], _count: { _all: true } }),
  ]);
  const members = rows.length ? await db.member.findMany({ where: { email: { in: rows.map((r) => r.email) } }, select: { id: true, email: true } }) : [];
  const memberOf = new Map(members.map((m) => [m.email, m.id]));
  return {
    rows: rows.map((r): SuppressionRow => ({ ...r, memberId: memberOf.get(r.email) ?? null })),
    total,
    page,
    pages: totalPagesOf(total, PER_PAGE),
    counts: Object.fromEntries(byReason.map((g) => [g.reason, g._count._all])) as Partial<Record<SuppressionReason, number>>,
  };
}

/** Lifts a suppression: the address may be mailed again. Audited with what was lifted and why. */
export async function liftSuppression(id: string, note: string): Promise<{ ok: true; email: string } | { ok: false; error: string }> {
  const viewer = await requireEditor("/admin/suppressions");
  return db.$transaction(async (tx) => {
    const s = await tx.suppression.findUnique({ where: { id }, select: { id: true, email: true, reason: true, detail: true, createdAt: true } });
    if (!s) return { ok: false as const, error: "That suppression was already lifted." };
    await tx.suppression.delete({ where: { id } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: "suppression.lift",
      entityType: "Suppression",
      entityId: s.id,
      detail: { email: s.email, reason: s.reason, detail: s.detail, suppressedAt: s.createdAt.toISOString(), note },
    });
    const member = await tx.member.findUnique({ where: { email: s.email }, select: { id: true } });
    // and in the member's own history
    if (member) await recordAudit(tx, { actorId: viewer.id, action: "suppression.lift", entityType: "Member", entityId: member.id, detail: { reason: s.reason, note } });
    return { ok: true as const, email: s.email };
  });
}
