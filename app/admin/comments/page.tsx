// Moderation queue: reported comments first; recent and hidden ones a tab away.
import { Pager } from "@/components/admin/pager";
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { fmtDateTime } from "@/components/admin/format";
import { listCommentsForModeration, type CommentQueue } from "@/lib/comments/moderation";
import { requireEditor } from "@/lib/auth/guards";
import { moderateCommentAction } from "./actions";
import { parsePage } from "@/lib/shared/pagination";

export const dynamic = "force-dynamic";
export const metadata = { title: "Comments" };

export default async function CommentsPage({ searchParams }: { searchParams: Promise<{ queue?: string; page?: string }> }) {
  await requireEditor("/admin/comments");
  const sp = await searchParams;
  const queue: CommentQueue = sp.queue === "recent" || sp.queue === "hidden" ? sp.queue : "reported";
  const page = parsePage(sp.page) ?? 1;
  const { comments, total, pages, reportedCount } = await listCommentsForModeration(queue, page);
  const tabs: [CommentQueue, string][] = [["reported", `Reported (${reportedCount})`], ["recent", "Recent"], ["hidden", "Hidden"]];
  return (
    <>
      <div className="adm-head"><div><h1>Comments</h1><p className="muted">Hide what breaks the rules; restore what was reported by mistake.</p></div></div>
      <nav className="preview-tabs" aria-label="Queues">
        {tabs.map(([q, label]) => (
          <Link key={q} href={`/admin/comments?queue=${q}`} aria-current={q === queue ? "page" : undefined} className="btn btn-quiet" style={q === queue ? { fontWeight: 650, color: "var(--ink)" } : undefined}>{label}</Link>
        ))}
      </nav>
      {comments.length === 0 ? <p className="muted">{queue === "reported" ? "Nothing reported. All quiet." : "No comments here."}</p> : null}
      <ul className="list-plain stack">
        {comments.map((c) => (
          <li key={c.id} className="panel" style={{ display: "block" }}>
            <div className="spread small">
              <span>
                <strong>{c.member?.name ?? c.member?.email ?? "Deleted member"}</strong> on <a href={`/articles/${c.article.slug}`}>{c.article.title}</a> · {fmtDateTime(c.createdAt)}
              </span>
              <span>
                <span className={`badge badge-${c.status}`}>{c.status}</span>{" "}
                {c.reportCount ? <span className="badge badge-failed">{c.reportCount} report{c.reportCount === 1 ? "" : "s"}</span> : null}
              </span>
            </div>
            <p style={{ whiteSpace: "pre-wrap", margin: ".5rem 0" }}>{c.body}</p>
            {c.reports.some((r) => r.reason) ? <p className="muted small">Reasons: {c.reports.map((r) => r.reason).filter(Boolean).join(" · ")}</p> : null}
            <div className="row">
              {c.status === "visible" ? (
                <ActionForm action={moderateCommentAction} hidden={{ id: c.id, op: "hide" }}><button type="submit">Hide</button></ActionForm>
              ) : null}
              {c.status === "hidden" || c.reportCount > 0 ? (
                <ActionForm action={moderateCommentAction} hidden={{ id: c.id, op: "restore" }}><button type="submit">{c.status === "hidden" ? "Restore" : "Keep (clear reports)"}</button></ActionForm>
              ) : null}
              <ActionForm action={moderateCommentAction} hidden={{ id: c.id, op: "delete" }} confirm="Delete this comment? Replies stay in place.">
                <button type="submit" className="btn-danger">Delete</button>
              </ActionForm>
            </div>
          </li>
        ))}
      </ul>
      <Pager page={page} pages={pages} href={(p) => `/admin/comments?queue=${queue}&page=${p}`} note={String(total)} />
    </>
  );
}
