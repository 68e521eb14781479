// The local mailbox (mail kept when no SMTP is configured), readable by editors only.
import "server-only";
import { requireEditor } from "../auth/guards";
import { db } from "../server/db";

export const MAILBOX_PAGE_SIZE = 50;

export async function listMailbox(page: number) {
  await requireEditor("/admin/mailbox");
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
  await requireEditor("/admin/mailbox");
  return db.mailboxMessage.findUnique({
    where: { id },
    select: { id: true, to: true, from: true, subject: true, html: true, text: true, headers: true, createdAt: true },
  });
}
