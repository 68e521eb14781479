// The rule that a publication always keeps an admin (issue 10, finding 6), held inside the transaction
// of every path that removes an admin: a role change, an admin deletion, deleting one's own data.
import "server-only";
import { isPostgres, type Tx } from "../server/db";

export class LastAdminError extends Error {
  constructor() {
    super("There must be at least one admin. Make someone else admin first.");
  }
}

/**
 * Call inside the transaction, AFTER the write that removes or demotes an admin: throws (rolling the
 * transaction back) when no admin is left. On PostgreSQL an advisory lock serialises these transactions,
 * so two admins demoting each other cannot both see the other still there; SQLite has one writer at a time.
 */
export async function assertAnAdminRemains(tx: Tx): Promise<void> {
  if (isPostgres) await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(727001)");
  const admins = await tx.member.count({ where: { role: "admin" } });
  if (admins < 1) throw new LastAdminError();
}

/** Takes the same lock before reading who is admin (PostgreSQL); a no-op on SQLite. */
export async function lockAdminRoles(tx: Tx): Promise<void> {
  if (isPostgres) await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(727001)");
}
