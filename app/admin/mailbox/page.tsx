// Editors read the mail the app kept locally because no SMTP server is configured.
import { Pager } from "@/components/admin/pager";
import Link from "next/link";
import { listMailbox, MAILBOX_PAGE_SIZE } from "@/lib/mail/mailbox";
import { parsePage } from "@/lib/shared/pagination";

export const dynamic = "force-dynamic";
export const metadata = { title: "Mailbox" };

export default async function MailboxPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = parsePage((await searchParams).page) ?? 1;
  const { total, messages } = await listMailbox(page);
  const pages = Math.max(1, Math.ceil(total / MAILBOX_PAGE_SIZE));
  return (
    <section className="admin-section">
      <h1>Mailbox</h1>
      <p className="muted">
        Mail sent while no SMTP server is configured is kept here instead of being dropped. {total} message{total === 1 ? "" : "s"}.
      </p>
      {messages.length === 0 ? (
        <p>No mail yet.</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">To</th>
              <th scope="col">Subject</th>
              <th scope="col">Kept at</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr key={m.id}>
                <td>{m.to}</td>
                <td>
                  <Link href={`/admin/mailbox/${m.id}`}>{m.subject}</Link>
                </td>
                <td>
                  <time dateTime={m.createdAt.toISOString()}>{m.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC</time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={page} pages={pages} href={(p) => `/admin/mailbox?page=${p}`} labels={["Newer", "Older"]} />
    </section>
  );
}
