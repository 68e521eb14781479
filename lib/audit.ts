// The audit log: who did what to which record. Written in the same transaction as the change when possible.
import "server-only";
import type { Db, Tx } from "./db";

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  detail?: string | Record<string, unknown> | null;
};

export async function audit(client: Db | Tx, entry: AuditEntry): Promise<void> {
  const detail = entry.detail == null ? null : typeof entry.detail === "string" ? entry.detail : JSON.stringify(entry.detail);
  await client.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      detail: detail && detail.length > 2000 ? detail.slice(0, 2000) : detail,
    },
  });
}
