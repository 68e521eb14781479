// One kept message: headers, the HTML in a sandboxed frame, and the plain text.
import { notFound } from "next/navigation";
import { getMailboxMessage } from "@/lib/mail/mailbox";

export const dynamic = "force-dynamic";

export default async function MailboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (id.length > 64) notFound();
  const m = await getMailboxMessage(id);
  if (!m) notFound();
  const headers = Object.entries(JSON.parse(m.headers) as Record<string, string>);
  return (
    <section className="admin-section">
      <h1>{m.subject}</h1>
      <dl className="meta-list">
        <dt>From</dt>
        <dd>{m.from}</dd>
        <dt>To</dt>
        <dd>{m.to}</dd>
        {headers.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {m.redacted ? <p className="muted">Addressed to someone else: its links and codes are hidden. Only the recipient may read mail that can grant access.</p> : null}
      <h2>HTML</h2>
      {/* sandbox without scripts: the message is shown, never executed */}
      <iframe title="HTML version" sandbox="" srcDoc={m.html} className="email-frame" />
      <h2>Plain text</h2>
      <pre className="plain-text">{m.text}</pre>
    </section>
  );
}
