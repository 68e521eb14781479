// Dashboard: the publication at a glance — subscribers, members, growth, last sends, drafts, moderation.
import Link from "next/link";
import { fmtDate, fmtDateTime, fmtNum } from "@/components/admin/format";
import { GrowthChart } from "@/components/admin/growth-chart";
import { dashboardSummary, growthSeries } from "@/lib/stats/dashboard";
import { requireEditor } from "@/lib/auth/guards";
import { AUDIENCE_LABELS } from "@/lib/shared/audience";
import { plural } from "@/lib/shared/plural";
import { createIssueAction } from "./issues/actions";
import { listRecentSendWarnings } from "@/lib/deliverability/health";

export const dynamic = "force-dynamic";
export const metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  await requireEditor("/admin");
  const [s, growth, sendWarnings] = await Promise.all([dashboardSummary(), growthSeries(90), listRecentSendWarnings()]);
  return (
    <>
      <div className="adm-head">
        <div>
          <h1>Dashboard</h1>
          <p className="muted">The Weekly Outlook at a glance.</p>
        </div>
        <div className="row">
          <Link className="btn" href="/admin/articles/new">New article</Link>
          <form action={createIssueAction}><button type="submit" className="btn-primary">New issue</button></form>
        </div>
      </div>
      {sendWarnings.length ? (
        <div className="form-error" role="alert" style={{ marginBottom: "1rem" }} data-testid="dash-deliverability-warning">
          {sendWarnings.map((w) => (
            <p key={w.emailId}><Link href={`/admin/sends/${w.emailId}`}>{w.subject}</Link>: {w.warnings.join(" ")}</p>
          ))}
        </div>
      ) : null}
      <div className="grid grid-4" style={{ marginBottom: "1rem" }}>
        <div className="panel stat"><span>Subscribers</span><b data-testid="dash-subscribers">{fmtNum(s.audience?.total ?? 0)}</b><small>{s.audience ? `receive ${s.audience.newsletter}` : "no active newsletter"}</small></div>
        <div className="panel stat"><span>Members among them</span><b data-testid="dash-members">{fmtNum(s.audience?.member ?? 0)}</b><small>members and staff: the full email</small></div>
        <div className="panel stat"><span>Pending</span><b>{fmtNum(s.subscribers.pending)}</b><small>not yet confirmed</small></div>
        <div className="panel stat"><span>Unsubscribed</span><b>{fmtNum(s.subscribers.unsubscribed)}</b><small>all time</small></div>
      </div>
      <p className="muted small" style={{ marginTop: "-.5rem", marginBottom: "1rem" }}>
        {AUDIENCE_LABELS.definition} The same figures as on each issue’s Send page. {plural(s.members, "active membership")} in all, subscribed or not.
      </p>
      <section className="panel" style={{ marginBottom: "1rem" }} aria-labelledby="growth-h">
        <h2 id="growth-h">Growth, last 90 days</h2>
        <GrowthChart data={growth} />
      </section>
      <div className="grid grid-2">
        <section className="panel" aria-labelledby="sends-h">
          <div className="spread"><h2 id="sends-h">Last sends</h2><Link href="/admin/issues" className="small">All issues</Link></div>
          {s.sends.length === 0 ? (
            <p className="muted">No issue has been sent yet.</p>
          ) : (
            <ul className="list-plain">
              {s.sends.map((e) => (
                <li key={e.id}>
                  <span>
                    <Link href={`/admin/issues/${e.issueId}`}>{e.subject}</Link>
                    <br />
                    <span className="muted small">{fmtDateTime(e.finishedAt ?? e.createdAt)}</span>
                  </span>
                  <span className="small num">
                    <span className={`badge badge-${e.status}`}>{e.status}</span>
                    <br />
                    {fmtNum(e.submittedCount)} / {fmtNum(e.recipientCount)} sent{e.failedCount ? ` · ${fmtNum(e.failedCount)} failed` : ""}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="drafts-h">
          <h2 id="drafts-h">Drafts in progress</h2>
          {s.draftArticles.length + s.draftIssues.length === 0 ? (
            <p className="muted">Nothing in progress.</p>
          ) : (
            <ul className="list-plain">
              {s.draftIssues.map((i) => (
                <li key={i.id}>
                  <Link href={`/admin/issues/${i.id}`}>#{i.number} {i.subject}</Link>
                  <span className="muted small">Issue · {fmtDate(i.updatedAt)}</span>
                </li>
              ))}
              {s.draftArticles.map((a) => (
                <li key={a.id}>
                  <Link href={`/admin/articles/${a.id}`}>{a.title}</Link>
                  <span className="muted small">Article · {fmtDate(a.updatedAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="panel" aria-labelledby="mod-h">
          <h2 id="mod-h">Comments</h2>
          <p>
            <b>{plural(s.comments.reported, "reported comment")}</b> waiting for review · {fmtNum(s.comments.recent)} new this week.
          </p>
          <Link className="btn" href={s.comments.reported ? "/admin/comments?queue=reported" : "/admin/comments"}>Open moderation queue</Link>
        </section>
      </div>
    </>
  );
}
