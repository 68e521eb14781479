// Issues of the Weekly Outlook, newest first, with their web and send status.
import { Pager } from "@/components/admin/pager";
import Link from "next/link";
import { fmtDate, fmtNum } from "@/components/admin/format";
import { listIssuesAdmin } from "@/lib/content/issue-editor";
import { requireEditor } from "@/lib/auth/guards";
import { createIssueAction } from "./actions";
import { parsePage } from "@/lib/shared/pagination";

export const dynamic = "force-dynamic";
export const metadata = { title: "Issues" };

export default async function IssuesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireEditor("/admin/issues");
  const page = parsePage((await searchParams).page) ?? 1;
  const { issues, total, pages } = await listIssuesAdmin(page);
  return (
    <>
      <div className="adm-head">
        <div>
          <h1>Issues</h1>
          <p className="muted">{total} issue{total === 1 ? "" : "s"} of the Weekly Outlook</p>
        </div>
        <form action={createIssueAction}><button type="submit" className="btn-primary">New issue</button></form>
      </div>
      <div className="table-wrap">
        <table>
          <thead><tr><th scope="col">No.</th><th scope="col">Subject</th><th scope="col">Status</th><th scope="col" className="hide-sm">Sections</th><th scope="col">Sent</th><th scope="col" className="hide-sm">Date</th></tr></thead>
          <tbody>
            {issues.length === 0 ? <tr><td colSpan={6} className="muted">No issues yet. Start the first one.</td></tr> : null}
            {issues.map((i) => {
              const e = i.emails[0];
              return (
                <tr key={i.id}>
                  <td className="num">#{i.number}</td>
                  <td><Link href={`/admin/issues/${i.id}`}>{i.subject}</Link></td>
                  <td>
                    <span className={`badge badge-${i.status}`}>{i.status}</span>
                    {e && (e.status === "sending" || e.status === "paused") ? (
                      <>
                        {" "}
                        <Link href={`/admin/sends/${e.id}`} className="badge badge-sending">
                          {e.status === "sending" ? "Sending" : "Paused"}
                        </Link>
                      </>
                    ) : null}
                  </td>
                  <td className="hide-sm num">{i._count.sections}</td>
                  <td className="small">{e ? `${fmtNum(e.submittedCount)} / ${fmtNum(e.recipientCount)}${e.failedCount ? ` · ${e.failedCount} failed` : ""}` : <span className="muted">—</span>}</td>
                  <td className="hide-sm small">{fmtDate(i.sentAt ?? i.publishedAt ?? i.scheduledAt ?? i.updatedAt)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pager page={page} pages={pages} href={(p) => `/admin/issues?page=${p}`} labels={["Newer", "Older"]} />
    </>
  );
}
