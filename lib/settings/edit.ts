// Admin-only settings: publication facts, sender, postal address, SMTP test, staff roles.
import "server-only";
import { assertAnAdminRemains, LastAdminError, lockAdminRoles } from "../members/last-admin";
import { recordAudit } from "../server/audit";
import { requireAdmin } from "../auth/guards";
import { db } from "../server/db";
import { env } from "../server/env";
import { verifySmtp } from "../mail/transport";
import { getSettings, saveSettingsUnchecked, type Settings } from "./settings";

export async function getSettingsForAdmin() {
  await requireAdmin("/admin/settings");
  return { settings: await getSettings(), smtpConfigured: Boolean(env.SMTP_URL), smtpHost: env.SMTP_URL ? new URL(env.SMTP_URL).host : null };
}

export async function saveSettings(values: Partial<Settings>): Promise<void> {
  const viewer = await requireAdmin();
  await saveSettingsUnchecked(values);
  await recordAudit(db, { actorId: viewer.id, action: "settings.update", entityType: "Setting", detail: { keys: Object.keys(values) } });
}

/** Tests the configured SMTP connection (the URL never leaves the server). */
export async function testSmtpConnection(): Promise<{ ok: boolean; message: string }> {
  const viewer = await requireAdmin();
  if (!env.SMTP_URL) return { ok: false, message: "No SMTP server is configured (SMTP_URL is unset): mail is kept in the local mailbox." };
  const started = Date.now();
  const r = await verifySmtp(env.SMTP_URL);
  await recordAudit(db, { actorId: viewer.id, action: "settings.smtp_test", entityType: "Setting", detail: { ok: r.ok } });
  const host = new URL(env.SMTP_URL).host;
  return r.ok
    ? { ok: true, message: `Connected to ${host} and authenticated in ${Date.now() - started} ms.` }
    : { ok: false, message: `Could not connect to ${host}: ${r.message.replace(/[\r\n]+/g, " ").slice(0, 300)}` };
}

export async function listStaff() {
  await requireAdmin();
  return db.member.findMany({ where: { role: { in: ["editor", "admin"] } }, orderBy: { email: "asc" }, select: { id: true, email: true, name: true, role: true } });
}

export async function setStaffRole(email: string, role: "reader" | "editor" | "admin"): Promise<{ ok: boolean; error?: string }> {
  const viewer = await requireAdmin();
  const normalized = email.trim().toLowerCase();
  const m = await db.member.findUnique({ where: { email: normalized }, select: { id: true, role: true } });
  if (!m) return { ok: false, error: "No member has this address. Add them under Members first." };
  if (m.id === viewer.id && role !== "admin") return { ok: false, error: "You cannot remove your own admin role." };
  try {
    await db.$transaction(async (tx) => {
      await lockAdminRoles(tx);
      await tx.member.update({ where: { id: m.id }, data: { role } });
      if (m.role === "admin" && role !== "admin") await assertAnAdminRemains(tx);
      await recordAudit(tx, { actorId: viewer.id, action: "staff.role", entityType: "Member", entityId: m.id, detail: { from: m.role, to: role } });
    });
  } catch (e) {
    if (e instanceof LastAdminError) return { ok: false, error: "There must be at least one admin." };
    throw e;
  }
  return { ok: true };
}
