"use client";
// The issue composer: subject, preheader, ordered sections (add, reorder, remove; public or members-only),
// linked articles; previews side by side (web page, free email, member email); test email; publish.
import { ConfirmDeleteDialog } from "./confirm-delete-dialog";
import Link from "next/link";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { EmailPreview } from "./email-preview";
import { fmtDateTime } from "./format";
import { fromLocalInput, toLocalInput, useSaveQueue, useUnsavedWarning } from "./use-editor-state";

type Visibility = "public" | "members" | "paid";
type Section = { key: string; id?: string; heading: string; body: string; teaser: string; visibility: Visibility };
type IssueStatus = "draft" | "scheduled" | "published" | "sent";
export type EditableIssue = {
  id: string;
  number: number;
  subject: string;
  preheader: string;
  status: IssueStatus;
  scheduledAt: string | null;
  publishedAt: string | null;
  sections: Omit<Section, "key">[];
  articleIds: string[];
};
type Previews = {
  web: { number: number; subject: string; preheader: string; sections: { heading: string; visibility: Visibility; html: string }[]; articles: { title: string; slug: string; excerpt: string; visibility: Visibility }[] };
  free: { subject: string; html: string };
  member: { subject: string; html: string };
  envelope: { from: string; preheader: string };
};
export type IssueEditorActions = {
  save: (input: unknown, autosave?: boolean) => Promise<{ ok: true; updatedAt: string; sectionIds: string[] } | { ok: false; formError?: string; fieldErrors?: Record<string, string[] | undefined> }>;
  status: (id: string, op: "publish" | "unpublish" | "schedule", at?: string) => Promise<{ ok: boolean; error?: string }>;
  previews: (id: string) => Promise<Previews | null>;
  testEmail: (id: string, variant: "free" | "member" | "both") => Promise<{ ok: boolean; message: string }>;
  remove: (fd: FormData) => Promise<void>;
};

let keySeq = 0;
const newKey = () => `s${++keySeq}`;
const AUTOSAVE_MS = 4000;

export function IssueEditor({ issue, articles, editorEmail, actions }: { issue: EditableIssue; articles: { id: string; title: string; visibility: Visibility }[]; editorEmail: string; actions: IssueEditorActions }) {
  const [subject, setSubject] = useState(issue.subject);
  const [preheader, setPreheader] = useState(issue.preheader);
  const [sections, setSections] = useState<Section[]>(() => issue.sections.map((s) => ({ ...s, key: newKey() })));
  const [articleIds, setArticleIds] = useState(issue.articleIds);
  const [status, setStatus] = useState<IssueStatus>(issue.status);
  const [scheduleAt, setScheduleAt] = useState(toLocalInput(issue.scheduledAt));
  const [dirty, setDirty] = useState(false);
  const [note, setNote] = useState("All changes saved");
  const [error, setError] = useState<string | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  const [previews, setPreviews] = useState<Previews | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [testVariant, setTestVariant] = useState<"both" | "free" | "member">("both");
  const [pending, start] = useTransition();
  const version = useRef(0);
  const queue = useSaveQueue();
  const dialog = useRef<HTMLDialogElement>(null);
  const locked = status === "sent";
  useUnsavedWarning(dirty);

  const touch = () => {
    version.current++;
    setDirty(true);
    if (status !== "draft") setNote("Unsaved changes: press Save to update the issue");
  };

  const refreshPreviews = useCallback(async () => {
    try {
      const p = await actions.previews(issue.id);
      setPreviews(p);
      setPreviewError(null);
    } catch {
      setPreviewError("The preview could not be rendered.");
    }
  }, [actions, issue.id]);

  useEffect(() => {
    let live = true;
    actions.previews(issue.id).then(
      (p) => {
        if (live) setPreviews(p);
      },
      () => {
        if (live) setPreviewError("The preview could not be rendered.");
      },
    );
    return () => {
      live = false;
    };
  }, [actions, issue.id]);

  const save = useCallback(
    (autosave: boolean): Promise<boolean> =>
      queue(autosave, false, async (): Promise<boolean> => {
        const startedAt = version.current;
        setNote(autosave ? "Saving draft…" : "Saving…");
        try {
          const sent = sections;
          const r = await actions.save({ id: issue.id, subject, preheader, sections: sent.map(({ key: _k, ...s }) => s), articleIds }, autosave);
          if (!r.ok) {
            const fe = r.fieldErrors ? Object.values(r.fieldErrors).flat().filter(Boolean).join(" ") : "";
            setError(r.formError ?? (fe || "Please check the fields."));
            setNote("Not saved");
            return false;
          }
          setError(null);
          // New sections now have ids: the next save updates them instead of inserting them again.
          const ids = new Map(sent.map((s, i) => [s.key, r.sectionIds[i]]));
          setSections((prev) => prev.map((s) => (s.id || !ids.get(s.key) ? s : { ...s, id: ids.get(s.key) })));
          if (version.current === startedAt) setDirty(false);
          setNote(`${autosave ? "Autosaved" : "Saved"} at ${new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" })}`);
          void refreshPreviews();
          return true;
        } catch {
          setNote("Could not reach the server; your text is still here.");
          return false;
        }
      }),
    [queue, actions, issue.id, subject, preheader, sections, articleIds, refreshPreviews],
  );

  useEffect(() => {
    // Only drafts autosave: a published issue changes for its readers when the editor presses Save.
    if (!dirty || status !== "draft" || !subject.trim()) return;
    const t = setTimeout(() => void save(true), AUTOSAVE_MS);
    return () => clearTimeout(t);
  }, [dirty, status, subject, save]);

  const setSection = (i: number, patch: Partial<Section>) => {
    setSections((prev) => prev.map((s, j) => (j === i ? { ...s, ...patch } : s)));
    touch();
  };
  const move = (i: number, d: -1 | 1) => {
    setSections((prev) => {
      const next = [...prev];
      const j = i + d;
      if (j < 0 || j >= next.length) return prev;
      [next[i], next[j]] = [next[j]!, next[i]!];
      return next;
    });
    touch();
  };
  const remove = (i: number) => {
    const s = sections[i];
    if (s && (s.body.trim() || s.heading.trim()) && !window.confirm(`Remove the section “${s.heading || "untitled"}”?`)) return;
    setSections((prev) => prev.filter((_, j) => j !== i));
    touch();
  };
  const add = (visibility: Visibility) => {
    setSections((prev) => [...prev, { key: newKey(), heading: "", body: "", teaser: "", visibility }]);
    touch();
  };

  const changeStatus = (op: "publish" | "unpublish" | "schedule") =>
    start(async () => {
      if (dirty && !(await save(false))) return;
      const at = op === "schedule" ? (fromLocalInput(scheduleAt) ?? undefined) : undefined;
      const r = await actions.status(issue.id, op, at);
      if (!r.ok) {
        setError(r.error ?? "That did not work.");
        return;
      }
      setError(null);
      setStatus(op === "publish" ? "published" : op === "schedule" ? "scheduled" : "draft");
      setFlash(op === "publish" ? "Published to the web archive." : op === "schedule" ? "Scheduled." : "Back to draft: removed from the archive.");
    });

  const sendTest = () =>
    start(async () => {
      if (dirty && !(await save(false))) return;
      const r = await actions.testEmail(issue.id, testVariant);
      if (r.ok) {
        setFlash(r.message);
        setError(null);
      } else setError(r.message);
    });

  return (
    <>
      <div className="adm-head">
        <div>
          <p className="small"><Link href="/admin/issues">← Issues</Link></p>
          <h1>Issue #{issue.number} <span className={`badge badge-${status}`}>{status}</span></h1>
        </div>
        <div className="savebar" aria-live="polite">
          <span className={dirty ? "dirty" : undefined}>{dirty ? "Unsaved changes · " : ""}{note}</span>
          <button type="button" className="btn-primary" disabled={pending || locked} onClick={() => start(async () => void (await save(false)))}>Save</button>
        </div>
      </div>
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      {flash ? <p className="form-ok" role="status">{flash}</p> : null}
      <div className="editor-grid">
        <div className="stack">
          <label>Subject<input name="subject" value={subject} disabled={locked} maxLength={200} onChange={(e) => { setSubject(e.target.value); touch(); }} /></label>
          <label>Preheader<input name="preheader" value={preheader} disabled={locked} maxLength={300} placeholder="The line inboxes show after the subject." onChange={(e) => { setPreheader(e.target.value); touch(); }} /></label>
          <h2 style={{ marginTop: ".5rem" }}>Sections</h2>
          {sections.length === 0 ? <p className="muted">No sections yet.</p> : null}
          {sections.map((s, i) => (
            <fieldset key={s.key} className={`section-card${s.visibility !== "public" ? " members" : ""}`} disabled={locked} aria-label={`Section ${i + 1}`}>
              <div className="spread">
                <strong className="small">Section {i + 1}{s.visibility !== "public" ? <> · <span className="badge badge-members">{s.visibility === "paid" ? "Supporters only" : "Members only"}</span></> : null}</strong>
                <div className="row">
                  <button type="button" className="btn-quiet" onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move section ${i + 1} up`}>↑</button>
                  <button type="button" className="btn-quiet" onClick={() => move(i, 1)} disabled={i === sections.length - 1} aria-label={`Move section ${i + 1} down`}>↓</button>
                  <button type="button" className="btn-quiet" onClick={() => remove(i)} aria-label={`Remove section ${i + 1}`}>Remove</button>
                </div>
              </div>
              <label>Heading<input value={s.heading} maxLength={200} onChange={(e) => setSection(i, { heading: e.target.value })} /></label>
              <label>Body (Markdown)<textarea className="mono" rows={7} value={s.body} onChange={(e) => setSection(i, { body: e.target.value })} /></label>
              <label>Visibility
                <select value={s.visibility} onChange={(e) => setSection(i, { visibility: e.target.value as Visibility })}>
                  <option value="public">Public — everyone, and every subscriber</option>
                  <option value="members">Members — every subscriber; visitors get a teaser</option>
                  <option value="paid">Supporters — paid, complimentary or gift; others get a teaser</option>
                </select>
              </label>
              {s.visibility !== "public" ? (
                <label>Teaser for readers below this level (optional)<textarea className="mono" rows={2} value={s.teaser} placeholder="Empty: the first paragraph." onChange={(e) => setSection(i, { teaser: e.target.value })} /></label>
              ) : null}
            </fieldset>
          ))}
          {!locked ? (
            <div className="row">
              <button type="button" onClick={() => add("public")}>+ Public section</button>
              <button type="button" onClick={() => add("members")}>+ Members-only section</button>
              <button type="button" onClick={() => add("paid")}>+ Supporters-only section</button>
            </div>
          ) : null}
        </div>
        <aside className="editor-side">
          <section className="panel stack" aria-labelledby="pub-h">
            <h2 id="pub-h">Publish</h2>
            {issue.publishedAt && status !== "draft" ? <p className="small muted">On the web since {fmtDateTime(issue.publishedAt)}</p> : null}
            {status === "draft" || status === "scheduled" ? (
              <button type="button" className="btn-primary" disabled={pending} onClick={() => changeStatus("publish")}>Publish to web archive</button>
            ) : null}
            {status === "published" || status === "scheduled" ? <button type="button" disabled={pending} onClick={() => changeStatus("unpublish")}>Unpublish</button> : null}
            {!locked ? (
              <div className="row" style={{ alignItems: "flex-end" }}>
                <label style={{ flex: 1 }}>Schedule for<input type="datetime-local" value={scheduleAt} onChange={(e) => setScheduleAt(e.target.value)} /></label>
                <button type="button" disabled={pending || !scheduleAt} onClick={() => changeStatus("schedule")}>Schedule</button>
              </div>
            ) : null}
            <hr style={{ border: 0, borderTop: "1px solid var(--line)", width: "100%" }} />
            <div className="stack" style={{ gap: ".5rem" }}>
              <label>Send a test email to {editorEmail}
                <select value={testVariant} onChange={(e) => setTestVariant(e.target.value as "both" | "free" | "member")}>
                  <option value="both">Both variants</option>
                  <option value="free">As a free subscriber</option>
                  <option value="member">As a member</option>
                </select>
              </label>
              <button type="button" disabled={pending} onClick={sendTest}>Send test email</button>
            </div>
            {/* Sending to subscribers is the send pipeline's page. */}
            <Link className="btn" href={`/admin/issues/${issue.id}/send`}>Send to subscribers…</Link>
          </section>
          <section className="panel stack" aria-labelledby="links-h">
            <h2 id="links-h">Linked articles</h2>
            <div className="check-list" style={{ maxHeight: 240 }}>
              {articles.length === 0 ? <span className="muted small">No published articles yet.</span> : null}
              {articles.map((a) => (
                <label className="inline" key={a.id}>
                  <input type="checkbox" disabled={locked} checked={articleIds.includes(a.id)} onChange={() => { setArticleIds((prev) => (prev.includes(a.id) ? prev.filter((x) => x !== a.id) : [...prev, a.id])); touch(); }} />
                  {a.title}{a.visibility !== "public" ? ` ·  ${a.visibility === "paid" ? "supporters" : "members"}` : ""}
                </label>
              ))}
            </div>
          </section>
          {status === "draft" ? (
            <section className="panel"><button type="button" className="btn-danger" onClick={() => dialog.current?.showModal()}>Delete issue…</button></section>
          ) : null}
        </aside>
      </div>

      <section aria-labelledby="prev-h" style={{ marginTop: "1.5rem" }}>
        <div className="spread"><h2 id="prev-h">Preview</h2><button type="button" className="btn-quiet" onClick={() => void refreshPreviews()}>Refresh</button></div>
        <p className="muted small">Of the last saved version. The free variant shows members-only sections as a teaser.</p>
        {previewError ? <p className="form-error">{previewError}</p> : null}
        <div className="previews previews--email">
          <div>
            <h3 className="preview-label">Web page</h3>
            <div className="web-preview" data-testid="preview-web">
              {previews ? (
                <>
                  <p className="muted small" style={{ margin: "0 0 .4rem" }}>/archive/{previews.web.number}</p>
                  <p className="muted small">Weekly Outlook · No. {previews.web.number}</p>
                  <h2>{previews.web.subject}</h2>
                  {previews.web.sections.map((s, i) => (
                    <section key={i}>
                      <h3>{s.heading} {s.visibility !== "public" ? <span className="badge badge-members members-mark">{s.visibility === "paid" ? "Supporters" : "Members"}</span> : null}</h3>
                      <div dangerouslySetInnerHTML={{ __html: s.html }} />
                    </section>
                  ))}
                  {previews.web.articles.length ? <h3>Articles</h3> : null}
                  {previews.web.articles.map((a) => <p key={a.slug}><strong>{a.title}</strong><br />{a.excerpt}</p>)}
                </>
              ) : <p className="muted">Loading…</p>}
            </div>
          </div>
          <div>
            <h3 className="preview-label">Email</h3>
            {previews ? (
              <EmailPreview
                from={previews.envelope.from}
                preheader={previews.envelope.preheader}
                variants={[
                  { key: "free", label: "Free subscriber", subject: previews.free.subject, html: previews.free.html, title: "Email as a free subscriber gets it", testId: "preview-free" },
                  { key: "member", label: "Member", subject: previews.member.subject, html: previews.member.html, title: "Email as a member gets it", testId: "preview-member" },
                ]}
              />
            ) : <p className="muted">Loading…</p>}
          </div>
        </div>
      </section>

      <ConfirmDeleteDialog dialogRef={dialog} action={actions.remove} id={issue.id} headingId="del-issue-h" heading={`Delete issue #${issue.number}?`} onConfirm={() => setDirty(false)}>
        Its sections go with it. This cannot be undone.
      </ConfirmDeleteDialog>
    </>
  );
}
