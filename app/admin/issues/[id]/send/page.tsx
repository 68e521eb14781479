// Confirmation before sending an issue: who receives which variant, then send now or schedule.
import Link from "next/link";
import { notFound } from "next/navigation";
import { fmtDateTime, fmtNum } from "@/components/admin/format";
import { StartSendForm } from "@/components/admin/start-send-form";
import { AUDIENCE_LABELS } from "@/lib/shared/audience";
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
    <>
      <p className="small" style={{ marginBottom: ".5rem" }}>
        <Link href={`/admin/issues/${issue.id}`}>← Issue {issue.number}</Link>
      </p>
      <div className="adm-head">
        <div>
          <h1>
            Send issue {issue.number}: {issue.subject}
          </h1>
          <p className="muted">Newsletter: {issue.newsletter.name}</p>
        </div>
      </div>
      <div className="grid grid-2" style={{ alignItems: "start" }}>
        <section className="panel" aria-labelledby="audience-h">
          <h2 id="audience-h">Who receives it</h2>
          <ul className="list-plain" data-testid="send-counts">
            <li>
              <span>{AUDIENCE_LABELS.member}</span>
              <b className="num" data-testid="count-member">{fmtNum(counts.member)}</b>
            </li>
            <li>
              <span>{AUDIENCE_LABELS.free}</span>
              <b className="num" data-testid="count-free">{fmtNum(counts.free)}</b>
            </li>
            <li>
              <span>{AUDIENCE_LABELS.total}</span>
              <b className="num" data-testid="count-total">{fmtNum(counts.total)}</b>
            </li>
          </ul>
          <p className="muted small" style={{ marginTop: ".75rem" }}>{AUDIENCE_LABELS.definition} Each receives exactly one email.</p>
        </section>
        <section className="panel" aria-labelledby="send-h">
          <h2 id="send-h">Send</h2>
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
        </section>
      </div>
      {sends.length > 0 ? (
        <section className="panel" style={{ marginTop: "1rem" }} aria-labelledby="sends-h">
          <h2 id="sends-h">Sends of this issue</h2>
          <ul className="list-plain">
            {sends.map((s) => (
              <li key={s.id}>
                <Link href={`/admin/sends/${s.id}`}>{fmtDateTime(s.createdAt)}</Link>
                <span className="small num">
                  <span className={`badge badge-${s.status}`}>{s.status}</span> {fmtNum(s.submittedCount)} / {fmtNum(s.recipientCount)} sent
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
