"use client";
// Edit one transactional email's subject and text (Markdown with placeholders), with a live preview of
// the email as it will arrive, at 600 or 375 px. Saving works without JavaScript; the preview needs it.
import { useActionState, useEffect, useId, useRef, useState } from "react";
import { errorText, initialResult, type ActionResult } from "@/lib/shared/action-result";
import { EmailPreview } from "./email-preview";

type Kind = "welcome" | "confirm";
type Copy = { subject: string; body: string };
type Preview = { subject: string; html: string; text: string; from: string; preheader: string };

const PREVIEW_DELAY_MS = 500;

export function EmailCopyForm({
  kind,
  heading,
  description,
  initial,
  save,
  preview,
}: {
  kind: Kind;
  heading: string;
  description: string;
  initial: Copy;
  save: (prev: ActionResult, fd: FormData) => Promise<ActionResult>;
  preview: (input: { kind: Kind; subject: string; body: string }) => Promise<ActionResult<Preview>>;
}) {
  const id = useId();
  const [state, formAction, pending] = useActionState(save, initialResult as ActionResult);
  const [copy, setCopy] = useState<Copy>(initial);
  const [shown, setShown] = useState<Preview | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [showText, setShowText] = useState(false);
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    const t = setTimeout(() => {
      preview({ kind, ...copy }).then(
        (r) => {
          if (mine !== seq.current) return;
          if (r.ok && r.data) {
            setShown(r.data);
            setPreviewError(null);
          } else if (!r.ok) setPreviewError(errorText(r));
        },
        () => mine === seq.current && setPreviewError("The preview could not be rendered."),
      );
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(t);
  }, [copy, kind, preview]);

  const fieldError = (k: "subject" | "body") => (!state.ok && state.fieldErrors?.[k]?.length ? state.fieldErrors[k]![0] : undefined);
  const subjectErr = fieldError("subject");
  const bodyErr = fieldError("body");

  return (
    <section className="panel" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{heading}</h2>
      <p className="muted small">{description}</p>
      <div className="copy-grid">
        <form action={formAction} className="stack" aria-label={`${heading} text`}>
          <input type="hidden" name="kind" value={kind} />
          <label>
            Subject
            <input
              name="subject"
              value={copy.subject}
              onChange={(e) => setCopy((c) => ({ ...c, subject: e.target.value }))}
              required
              maxLength={200}
              aria-invalid={subjectErr ? true : undefined}
              aria-describedby={subjectErr ? `${id}-subject-err` : undefined}
            />
            {subjectErr ? <span className="field-error" id={`${id}-subject-err`}>{subjectErr}</span> : null}
          </label>
          <label>
            Text (Markdown)
            <textarea
              name="body"
              className="mono"
              rows={10}
              value={copy.body}
              onChange={(e) => setCopy((c) => ({ ...c, body: e.target.value }))}
              required
              maxLength={5000}
              aria-invalid={bodyErr ? true : undefined}
              aria-describedby={`${id}-help${bodyErr ? ` ${id}-body-err` : ""}`}
            />
            {bodyErr ? <span className="field-error" id={`${id}-body-err`}>{bodyErr}</span> : null}
          </label>
          <p className="muted small" id={`${id}-help`}>
            Placeholders: <code>{"{{name}}"}</code> (the subscriber’s name, or “there”), <code>{"{{publication}}"}</code>, <code>{"{{newsletters}}"}</code>.
            **bold**, _italic_, [links](https://…) and lists work.
          </p>
          {!state.ok && state.formError && !state.fieldErrors ? <p className="form-error" role="alert">{state.formError}</p> : null}
          {!state.ok && state.fieldErrors ? <p className="form-error" role="alert">{errorText(state)}</p> : null}
          {state.ok && state.message ? <p className="form-ok" role="status">{state.message}</p> : null}
          <div className="row">
            <button type="submit" className="btn-primary" disabled={pending}>{pending ? "Saving…" : `Save ${heading.toLowerCase()}`}</button>
            <button type="button" className="btn-quiet" onClick={() => setCopy(initial)} disabled={copy.subject === initial.subject && copy.body === initial.body}>
              Undo changes
            </button>
          </div>
        </form>
        <div>
          {previewError ? <p className="form-error" role="alert">Preview: {previewError}</p> : null}
          {shown ? (
            <>
              <EmailPreview
                from={shown.from}
                preheader={shown.preheader}
                height={560}
                variants={[{ key: kind, label: heading, subject: shown.subject, html: shown.html, title: `${heading} preview`, testId: `preview-${kind}` }]}
              />
              <p className="small">
                <button type="button" className="btn-quiet" aria-expanded={showText} onClick={() => setShowText((v) => !v)}>
                  {showText ? "Hide" : "Show"} the plain-text part
                </button>
              </p>
              {showText ? <pre className="plain-text-part" tabIndex={0} aria-label={`${heading}, plain-text part`} data-testid={`preview-${kind}-text`}>{shown.text}</pre> : null}
            </>
          ) : !previewError ? <p className="muted">Rendering the preview…</p> : null}
        </div>
      </div>
    </section>
  );
}
