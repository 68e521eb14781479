"use client";
// The article editor: title, slug, Markdown with a live sanitized preview, metadata in a side panel,
// autosave of drafts every few seconds when dirty, and a warning before leaving with unsaved changes.
import { ConfirmDeleteDialog } from "./confirm-delete-dialog";
import type { ArticleForEdit } from "@/lib/content/article-editor";
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
import { slugify } from "@/lib/shared/slug";
import { fromLocalInput, toLocalInput, useMarkdownPreview, useSaveQueue, useUnsavedWarning } from "./use-editor-state";

type Option = { id: string; name: string };
/** The editor's state: the article as loaded for editing, without the server's updatedAt. */
export type EditableArticle = Omit<ArticleForEdit, "updatedAt">;
type Status = EditableArticle["status"];
type SaveResult = { ok: true; id: string; slug: string; status: string } | { ok: false; fieldErrors?: Record<string, string[] | undefined>; formError?: string };

export type ArticleEditorActions = {
  save: (input: unknown, autosave?: boolean) => Promise<SaveResult>;
  remove: (fd: FormData) => Promise<void>;
  upload: (fd: FormData) => Promise<{ ok: true; url: string } | { ok: false; error: string }>;
  preview: (md: string) => Promise<string>;
};

const AUTOSAVE_MS = 4000;

export function ArticleEditor({ article, topics, authors, actions }: { article: EditableArticle | null; topics: Option[]; authors: Option[]; actions: ArticleEditorActions }) {
  const [a, setA] = useState<EditableArticle>(
    article ?? { id: "", title: "", slug: "", excerpt: "", body: "", teaser: "", coverImage: null, visibility: "public", status: "draft", publishedAt: null, topicIds: [], authorIds: [] },
  );
  const [slugTouched, setSlugTouched] = useState(Boolean(article));
  const [dirty, setDirty] = useState(false);
  const [savedStatus, setSavedStatus] = useState<Status>(article?.status ?? "draft");
  const [note, setNote] = useState<string>(article ? "All changes saved" : "Not saved yet");
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const [uploadError, setUploadError] = useState<string | null>(null);
  const version = useRef(0);
  const dialog = useRef<HTMLDialogElement>(null);

  const html = useMarkdownPreview(a.body, actions.preview);
  const teaserHtml = useMarkdownPreview(a.visibility !== "public" ? a.teaser : "", actions.preview);
  useUnsavedWarning(dirty);

  const update = (patch: Partial<EditableArticle>) => {
    version.current++;
    setA((prev) => {
      const next = { ...prev, ...patch };
      if (patch.title !== undefined && !slugTouched) next.slug = patch.title ? slugify(patch.title) : "";
      return next;
    });
    setDirty(true);
  };

  const payload = useMemo(() => ({ ...a, id: a.id || undefined, publishedAt: a.publishedAt ?? undefined, coverImage: a.coverImage ?? undefined }), [a]);

  // The newest state and the saved id, read at save time: a save that waited for another must not
  // send a stale snapshot (without the id the first save created, it would create a second article).
  const latest = useRef(payload);
  useEffect(() => {
    latest.current = payload;
  }, [payload]);
  const savedId = useRef(a.id);
  const queue = useSaveQueue();

  const doSave = useCallback(
    (autosave: boolean): Promise<void> =>
      queue(autosave, undefined, async () => {
        const startedAt = version.current;
        setNote(autosave ? "Saving draft…" : "Saving…");
        try {
          const r = await actions.save({ ...latest.current, id: latest.current.id ?? (savedId.current || undefined) }, autosave);
          if (r.ok) {
            setErrors({});
            setFormError(null);
            const firstSave = !savedId.current;
            savedId.current = r.id;
            setA((prev) => ({ ...prev, id: r.id, slug: r.slug }));
            setSavedStatus(r.status as Status);
            if (firstSave) window.history.replaceState(null, "", `/admin/articles/${r.id}`);
            // Only clean if nothing changed while the save was in flight.
            if (version.current === startedAt) setDirty(false);
            setNote(`${autosave ? "Draft autosaved" : "Saved"} at ${new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" })}`);
          } else {
            setErrors(r.fieldErrors ?? {});
            setFormError(r.formError ?? (autosave ? null : "Please correct the marked fields."));
            setNote(autosave ? "Autosave paused: fix the marked fields" : "Not saved");
          }
        } catch {
          setNote("Could not reach the server; your text is still here.");
        }
      }),
    [actions, queue],
  );

  // Autosave: drafts only (a live article changes only when the editor presses Update), and only with a title.
  useEffect(() => {
    if (!dirty || savedStatus !== "draft" || a.status !== "draft" || !a.title.trim()) return;
    const t = setTimeout(() => void doSave(true), AUTOSAVE_MS);
    return () => clearTimeout(t);
  }, [dirty, savedStatus, a.status, a.title, payload, doSave]);

  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    start(() => doSave(false));
  };

  const onUpload = async (e: React.ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setUploadError(null);
    const fd = new FormData();
    fd.set("file", file);
    const r = await actions.upload(fd);
    if (r.ok) update({ coverImage: r.url });
    else setUploadError(r.error);
    e.target.value = "";
  };

  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const err = (k: string) => (errors[k]?.length ? <span className="field-error">{errors[k]!.join(" ")}</span> : null);
  const primaryLabel = a.status === "draft" ? "Save draft" : a.status === "scheduled" ? "Schedule" : savedStatus === "published" ? "Update" : "Publish";

  return (
    <>
    <form onSubmit={onSubmit} aria-label="Article editor">
      <div className="adm-head">
        <div>
          <p className="small"><Link href="/admin/articles">← Articles</Link></p>
          <h1>{article ? "Edit article" : "New article"}</h1>
        </div>
        <div className="savebar" aria-live="polite">
          <span className={dirty ? "dirty" : undefined}>{dirty ? "Unsaved changes · " : ""}{note}</span>
          {a.id && savedStatus === "published" ? <a className="btn" href={`/articles/${a.slug}`} target="_blank" rel="noreferrer">View</a> : null}
          <button type="submit" className="btn-primary" disabled={pending}>{pending ? "Saving…" : primaryLabel}</button>
        </div>
      </div>
      {formError ? <p className="form-error" role="alert">{formError}</p> : null}
      <div className="editor-grid">
        <div className="stack">
          <label>
            <span className="sr-only" style={{ position: "absolute", left: -9999 }}>Title</span>
            <input className="title-input" name="title" aria-label="Title" placeholder="Title" value={a.title} onChange={(e) => update({ title: e.target.value })} maxLength={200} />
            {err("title")}
          </label>
          <label>
            Excerpt
            <textarea name="excerpt" rows={2} value={a.excerpt} maxLength={600} onChange={(e) => update({ excerpt: e.target.value })} placeholder="One or two sentences for lists, search and social cards." />
            {err("excerpt")}
          </label>
          <div>
            <div className="spread" style={{ marginBottom: ".35rem" }}>
              <label htmlFor="body" style={{ display: "inline" }}>Body (Markdown)</label>
              <span className="muted small">{a.body.trim() ? `${a.body.trim().split(/\s+/).length} words` : ""}</span>
            </div>
            <div className="md-split">
              <textarea id="body" name="body" className="mono" value={a.body} onChange={(e) => update({ body: e.target.value })} placeholder={"## A heading\n\nWrite in Markdown. The preview on the right is exactly what readers get."} />
              <div className="md-preview" aria-label="Preview" data-testid="article-preview" dangerouslySetInnerHTML={{ __html: html || "<p style='color:#8a867e'>Preview appears here.</p>" }} />
            </div>
            {err("body")}
          </div>
          {a.visibility !== "public" ? (
            <div>
              <label>
                Public teaser (Markdown, optional)
                <textarea name="teaser" rows={4} className="mono" value={a.teaser} onChange={(e) => update({ teaser: e.target.value })} placeholder="What visitors and free subscribers see. Empty: the first paragraph." />
              </label>
              {a.teaser.trim() ? <div className="md-preview" style={{ marginTop: ".5rem" }} dangerouslySetInnerHTML={{ __html: teaserHtml }} /> : null}
            </div>
          ) : null}
        </div>
        <aside className="editor-side">
          <section className="panel stack">
            <label>
              Status
              <select name="status" value={a.status} onChange={(e) => update({ status: e.target.value as Status })}>
                <option value="draft">Draft</option>
                <option value="scheduled">Scheduled</option>
                <option value="published">Published</option>
              </select>
            </label>
            {a.status !== "draft" ? (
              <label>
                {a.status === "scheduled" ? "Publish at" : "Published at"}
                <input type="datetime-local" name="publishedAt" value={toLocalInput(a.publishedAt)} onChange={(e) => update({ publishedAt: fromLocalInput(e.target.value) })} />
                {err("publishedAt")}
                {a.status === "published" && !a.publishedAt ? <span className="muted small">Empty: now.</span> : null}
              </label>
            ) : null}
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend className="small" style={{ fontWeight: 550, marginBottom: ".25rem" }}>Visibility</legend>
              <label className="inline"><input type="radio" name="visibility" value="public" checked={a.visibility === "public"} onChange={() => update({ visibility: "public" })} /> Public</label>
              <label className="inline"><input type="radio" name="visibility" value="members" checked={a.visibility === "members"} onChange={() => update({ visibility: "members" })} /> Members (every subscriber, signed in)</label>
              <label className="inline"><input type="radio" name="visibility" value="paid" checked={a.visibility === "paid"} onChange={() => update({ visibility: "paid" })} /> Supporters (paid, complimentary or gift)</label>
            </fieldset>
            <label>
              Slug
              <input name="slug" value={a.slug} onChange={(e) => { setSlugTouched(true); update({ slug: e.target.value }); }} placeholder="generated-from-title" />
              <span className="muted small">/articles/{a.slug || "…"}</span>
              {err("slug")}
            </label>
          </section>
          <section className="panel stack">
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend className="small" style={{ fontWeight: 550, marginBottom: ".25rem" }}>Authors</legend>
              <div className="check-list">
                {authors.length === 0 ? <span className="muted small">No authors yet.</span> : null}
                {authors.map((au) => (
                  <label className="inline" key={au.id}><input type="checkbox" checked={a.authorIds.includes(au.id)} onChange={() => update({ authorIds: toggle(a.authorIds, au.id) })} /> {au.name}</label>
                ))}
              </div>
            </fieldset>
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend className="small" style={{ fontWeight: 550, marginBottom: ".25rem" }}>Topics</legend>
              <div className="check-list">
                {topics.length === 0 ? <span className="muted small">No topics yet.</span> : null}
                {topics.map((t) => (
                  <label className="inline" key={t.id}><input type="checkbox" checked={a.topicIds.includes(t.id)} onChange={() => update({ topicIds: toggle(a.topicIds, t.id) })} /> {t.name}</label>
                ))}
              </div>
            </fieldset>
          </section>
          <section className="panel stack">
            <div className="small" style={{ fontWeight: 550 }}>Cover image</div>
            {/* eslint-disable-next-line @next/next/no-img-element -- uploaded files are served as they are */}
            {a.coverImage ? <img src={a.coverImage} alt="Cover preview" className="cover-thumb" /> : null}
            <input type="file" accept="image/png,image/jpeg,image/gif,image/webp" aria-label="Upload cover image" onChange={onUpload} />
            <span className="muted small">PNG, JPEG, GIF or WebP, at most 5 MB.</span>
            {uploadError ? <span className="field-error" role="alert">{uploadError}</span> : null}
            {a.coverImage ? <button type="button" className="btn-quiet" onClick={() => update({ coverImage: null })}>Remove cover</button> : null}
          </section>
          {a.id ? (
            <section className="panel">
              <button type="button" className="btn-danger" onClick={() => dialog.current?.showModal()}>Delete article…</button>
            </section>
          ) : null}
        </aside>
      </div>
    </form>
    <ConfirmDeleteDialog dialogRef={dialog} action={actions.remove} id={a.id} headingId="del-h" heading={`Delete “${a.title || "this article"}”?`} onConfirm={() => setDirty(false)}>
      It disappears from the site, the archive and search. Its comments are deleted too. This cannot be undone.
    </ConfirmDeleteDialog>
    </>
  );
}
