// The owner: the first admin, created by the first-run setup (lib/setup) inside its transaction.
import "server-only";
import type { Tx } from "../server/db";

/** Makes `email` an admin (creating the member); they sign in by magic link, which verifies the address. */
export async function createOwner(tx: Tx, email: string, name: string): Promise<{ id: string }> {
  return tx.member.upsert({
    where: { email },
    create: { email, name: name || null, role: "admin" },
    update: { role: "admin", ...(name ? { name } : {}) },
    select: { id: true },
  });
}
