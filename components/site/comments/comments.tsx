"use client";
// The comments island of a cached article page: loads the comments for this viewer from
// /api/comments and writes through server actions. Anonymous people see the count and a sign-in
// prompt — the same thing the cached HTML shows (children) before this loads.
import { useCallback, useEffect, useState, useTransition, type ReactNode } from "react";
import type { CommentDTO, CommentsView } from "@/lib/comments/threads";
import {
  deleteCommentAction,
  editCommentAction,
  postCommentAction,
  reportCommentAction,
  setCommentHiddenAction,
  type CommentActionState,
} from "@/lib/comments/actions";
import { Linkified } from "./linkified";
import "../members.css";

function countLabel(n: number): string {
  return n === 0 ? "No comments yet" : n === 1 ? "1 comment" : `${n} comments`;
}

function when(iso: string): string {
  return new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" });
}

export function Comments({ articleSlug, articlePath, children }: { articleSlug: string; articlePath: string; children?: ReactNode }) {
  const [view, setView] = useState<CommentsView | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    fetch(`/api/comments?article=${encodeURIComponent(articleSlug)}`, { credentials: "same-origin", cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<CommentsView>) : null))
      .then((d) => {
        if (live && d) setView(d);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [articleSlug, version]);
  const load = useCallback(async () => setVersion((v) => v + 1), []);

  if (!view && children) return <>{children}</>;
  if (!view || !view.signedIn) {
    const count = view?.count ?? null;
    return (
      <section id="comments" className="comments" aria-labelledby="comments-heading">
        <h2 id="comments-heading">{count === null ? "Comments" : countLabel(count)}</h2>
        <p>
          To view or add a comment, <a href={`/signin?callbackUrl=${encodeURIComponent(`${articlePath}#comments`)}`}>sign in</a>.
        </p>
      </section>
    );
  }
  return (
    <section id="comments" className="comments" aria-labelledby="comments-heading">
      <h2 id="comments-heading">{countLabel(view.count)}</h2>
      {view.reason ? <p className="notice">{view.reason}</p> : null}
      {view.canComment ? <CommentForm label="Add a comment" submitLabel="Post comment" onSubmit={(body) => postCommentAction({ articleSlug, body })} onDone={load} /> : null}
      <ol className="comment-list">
        {view.comments.map((c) => (
          <CommentItem key={c.id} c={c} articleSlug={articleSlug} canModerate={view.canModerate} canReply={view.canComment} reload={load} />
        ))}
      </ol>
    </section>
  );
}

function CommentForm({
  label,
  submitLabel,
  initial = "",
  onSubmit,
  onDone,
  onCancel,
}: {
  label: string;
  submitLabel: string;
  initial?: string;
  onSubmit: (body: string) => Promise<CommentActionState>;
  onDone: () => Promise<void> | void;
  onCancel?: () => void;
}) {
  const [body, setBody] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <form
      className="comment-form"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await onSubmit(body);
          if (!r.ok) {
            setError(r.error ?? "That did not work.");
            return;
          }
          setError(null);
          setBody("");
          await onDone();
        });
      }}
    >
      <label>
        <span className="visually-hidden">{label}</span>
        <textarea className="input" name="body" rows={3} maxLength={5000} required value={body} placeholder={label} onChange={(e) => setBody(e.target.value)} />
      </label>
      {error ? (
        <p className="form-error" role="status">
          {error}
        </p>
      ) : null}
      <p className="comment-form__actions">
        <button className="button" type="submit" disabled={pending || !body.trim()}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button className="button button--ghost" type="button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </p>
    </form>
  );
}

function CommentItem({ c, articleSlug, canModerate, canReply, reload }: { c: CommentDTO; articleSlug: string; canModerate: boolean; canReply: boolean; reload: () => Promise<void> }) {
  const [mode, setMode] = useState<"view" | "edit" | "reply">("view");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  // The server decided at load time; it checks the 15 minutes again on every change.
  const editable = c.editableUntil !== null;
  const run = (fn: () => Promise<CommentActionState>) =>
    start(async () => {
      const r = await fn();
      setError(r.ok ? null : (r.error ?? "That did not work."));
      await reload();
    });

  return (
    <li className={`comment comment--${c.status}`} id={`comment-${c.id}`}>
      {c.status === "deleted" ? (
        <p className="meta">This comment was deleted.</p>
      ) : (
        <article aria-label={`Comment by ${c.author}`}>
          <p className="comment__meta meta">
            <strong>{c.author}</strong> · <time dateTime={c.createdAt}>{when(c.createdAt)}</time>
            {c.editedAt ? " · edited" : null}
            {c.status === "hidden" ? <span className="badge">Hidden</span> : null}
          </p>
          {mode === "edit" ? (
            <CommentForm
              label="Edit your comment"
              submitLabel="Save"
              initial={c.body}
              onSubmit={(body) => editCommentAction({ commentId: c.id, body })}
              onDone={async () => {
                setMode("view");
                await reload();
              }}
              onCancel={() => setMode("view")}
            />
          ) : (
            <p className="comment__body">
              <Linkified text={c.body} />
            </p>
          )}
          <p className="comment__actions">
            {canReply && c.parentId === null && c.status === "visible" ? (
              <button type="button" className="link-button" onClick={() => setMode(mode === "reply" ? "view" : "reply")}>
                Reply
              </button>
            ) : null}
            {editable && mode !== "edit" ? (
              <button type="button" className="link-button" onClick={() => setMode("edit")}>
                Edit
              </button>
            ) : null}
            {editable || canModerate ? (
              <button type="button" className="link-button" disabled={pending} onClick={() => confirm("Delete this comment?") && run(() => deleteCommentAction({ commentId: c.id }))}>
                Delete
              </button>
            ) : null}
            {canModerate ? (
              <button type="button" className="link-button" disabled={pending} onClick={() => run(() => setCommentHiddenAction({ commentId: c.id, hidden: c.status !== "hidden" }))}>
                {c.status === "hidden" ? "Unhide" : "Hide"}
              </button>
            ) : null}
            {!c.mine && c.status === "visible" ? (
              c.reportedByMe ? (
                <span className="meta">Reported</span>
              ) : (
                <button type="button" className="link-button" disabled={pending} onClick={() => run(() => reportCommentAction({ commentId: c.id }))}>
                  Report
                </button>
              )
            ) : null}
          </p>
          {error ? (
            <p className="form-error" role="status">
              {error}
            </p>
          ) : null}
          {mode === "reply" ? (
            <CommentForm
              label={`Reply to ${c.author}`}
              submitLabel="Post reply"
              onSubmit={(body) => postCommentAction({ articleSlug, body, parentId: c.id })}
              onDone={async () => {
                setMode("view");
                await reload();
              }}
              onCancel={() => setMode("view")}
            />
          ) : null}
        </article>
      )}
      {c.replies.length > 0 ? (
        <ol className="comment-list comment-list--replies">
          {c.replies.map((r) => (
            <CommentItem key={r.id} c={r} articleSlug={articleSlug} canModerate={canModerate} canReply={false} reload={reload} />
          ))}
        </ol>
      ) : null}
    </li>
  );
}
