// The audit trail: who changed what, for staff actions (memberships, moderation, roles).
import "server-only";
import { db, type Tx } from "./db";

export async function audit(
  actorId: string | null,
  action: string,
  entityType: string,
  entityId: string | null,
  detail?: Record<string, unknown> | string,
  tx?: Tx,
): Promise<void> {
  const client = tx ?? db;
  await client.auditLog.create({
    data: { actorId, action, entityType, entityId, detail: detail === undefined ? null : typeof detail === "string" ? detail : JSON.stringify(detail) },
  });
}

export type AuditEntry = { id: string; actorId: string | null; action: string; entityType: string; entityId: string | null; detail: string | null; createdAt: Date };

export async function listAuditFor(entityType: string, entityId: string, take = 50): Promise<AuditEntry[]> {
  return db.auditLog.findMany({
    where: { entityType, entityId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, actorId: true, action: true, entityType: true, entityId: true, detail: true, createdAt: true },
  });
}

/** Object form used by the admin modules, with the client (a transaction or db) first. */
export async function recordAudit(
  client: Tx | typeof db,
  e: { actorId: string | null; action: string; entityType: string; entityId?: string | null; detail?: Record<string, unknown> | string | null },
): Promise<void> {
  const detail = e.detail == null ? undefined : typeof e.detail === "string" ? e.detail : JSON.stringify(e.detail);
  await audit(e.actorId, e.action, e.entityType, e.entityId ?? null, detail && detail.length > 2000 ? detail.slice(0, 2000) : detail, client as Tx);
}
