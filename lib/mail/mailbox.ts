// The local mailbox (mail kept when no SMTP is configured): admins only, for development and the
// quick start. Mail addressed to someone else is shown with its links and codes hidden, because
// sign-in, confirmation and manage-data mail grants access to whoever reads it (issue 10, finding 1).
import "server-only";
import { notFound } from "next/navigation";
import { requireAdmin } from "../auth/guards";
import { db } from "../server/db";
import { env } from "../server/env";

export const MAILBOX_PAGE_SIZE = 50;
export const REDACTED_LINK = "[link hidden: addressed to someone else]";
export const REDACTED_CODE = "[code hidden]";

/** Hides every URL and every 6-digit code (with or without a space in the middle). */
export function redactAccess(body: string, kind: "html" | "text"): string {
  const urls = kind === "html" ? /https?:\/\/[^\s"'<>]+|(?<=href=")[^"]*(?=")|(?<=href=')[^']*(?=')/gi : /https?:\/\/\S+/gi;
  return body
    .replace(urls, () => (kind === "html" ? "#" : REDACTED_LINK))
    .replace(/(?<![\d#&])\d{3}[\s\u00a0]?\d{3}(?!\d)/g, REDACTED_CODE);
}

async function requireMailboxReader() {
  if (!env.localMailbox) notFound();
  return requireAdmin("/admin/mailbox");
}

export async function listMailbox(page: number) {
  await requireMailboxReader();
  const [total, messages] = await Promise.all([
    db.mailboxMessage.count(),
    db.mailboxMessage.findMany({
      orderBy: { createdAt: "desc" },
      skip: (page - 1) * MAILBOX_PAGE_SIZE,
      take: MAILBOX_PAGE_SIZE,
      select: { id: true, to: true, subject: true, createdAt: true },
    }),
  ]);
  return { total, messages };
}

export async function getMailboxMessage(id: string) {
  const viewer = await requireMailboxReader();
  const m = await db.mailboxMessage.findUnique({
    where: { id },
    select: { id: true, to: true, from: true, subject: true, html: true, text: true, headers: true, createdAt: true },
  });
  if (!m) return null;
  const own = m.to.trim().toLowerCase() === viewer.email.trim().toLowerCase();
  if (own) return { ...m, redacted: false };
  const headers = JSON.stringify(
    Object.fromEntries(Object.entries(JSON.parse(m.headers) as Record<string, string>).map(([k, v]) => [k, redactAccess(String(v), "text")])),
  );
  return { ...m, html: redactAccess(m.html, "html"), text: redactAccess(m.text, "text"), headers, redacted: true };
}
