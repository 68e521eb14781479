// Confirmation before sending an issue: who receives which variant, then send now or schedule.
import Link from "next/link";
import { notFound } from "next/navigation";
import { StartSendForm } from "@/components/admin/start-send-form";
import { getSendConfirmation } from "@/lib/sends/control";
import { listSendsOfIssue } from "@/lib/sends/results";
import { startSendAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata = { title: "Send issue" };

export default async function SendIssuePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const data = await getSendConfirmation(id);
  if (!data) notFound();
  const sends = await listSendsOfIssue(id);
  const { issue, counts, active } = data;
  return (
    <section className="admin-section">
      <p>
        <Link href={`/admin/issues/${issue.id}`}>← Issue {issue.number}</Link>
      </p>
      <h1>
        Send issue {issue.number}: {issue.subject}
      </h1>
      <p className="muted">Newsletter: {issue.newsletter.name}</p>
      <table className="admin-table" data-testid="send-counts">
        <tbody>
          <tr>
            <th scope="row">Members (members-only sections in full)</th>
            <td data-testid="count-member">{counts.member}</td>
          </tr>
          <tr>
            <th scope="row">Free subscribers (teasers with “Sign in to read”)</th>
            <td data-testid="count-free">{counts.free}</td>
          </tr>
          <tr>
            <th scope="row">Total</th>
            <td data-testid="count-total">{counts.total}</td>
          </tr>
        </tbody>
      </table>
      <p className="muted">Active subscribers at the moment of sending, minus suppressed addresses. Each receives exactly one email.</p>
      {active ? (
        <p role="status">
          This issue already has a {active.status === "pending" ? "scheduled" : active.status} send: <Link href={`/admin/sends/${active.id}`}>follow it</Link>.
        </p>
      ) : issue.status === "sent" ? (
        <p role="status">This issue has been sent.</p>
      ) : issue._count.sections === 0 ? (
        <p role="alert">This issue has no sections yet: add content before sending.</p>
      ) : (
        <StartSendForm issueId={issue.id} total={counts.total} action={startSendAction} />
      )}
      {sends.length > 0 ? (
        <>
          <h2>Sends of this issue</h2>
          <ul>
            {sends.map((s) => (
              <li key={s.id}>
                <Link href={`/admin/sends/${s.id}`}>
                  {s.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC — {s.status}
                </Link>{" "}
                ({s.submittedCount}/{s.recipientCount})
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
