"use client";
// The first-run setup form: labelled fields, errors tied to their inputs, an announced status; a real
// <form> posting to a server action, so it works without JavaScript.
import { useActionState } from "react";
import { initialResult, type ActionResult } from "@/lib/shared/action-result";

type Field = { name: string; label: string; hint?: string; type?: string; required?: boolean; maxLength: number; multiline?: boolean; autoComplete?: string };

const FIELDS: Field[] = [
  { name: "publicationName", label: "Publication name", required: true, maxLength: 120 },
  { name: "description", label: "Description", hint: "One or two sentences for the site's header, footer and feed.", maxLength: 500, multiline: true },
  { name: "ownerEmail", label: "Your email address (the owner)", hint: "You sign in with a link sent to this address; no password.", type: "email", required: true, maxLength: 254, autoComplete: "email" },
  { name: "ownerName", label: "Your name", maxLength: 100, autoComplete: "name" },
  { name: "senderName", label: "Sender name", hint: "Shown as the From name of every email.", required: true, maxLength: 120 },
  { name: "senderEmail", label: "Sender address", hint: "An address on a domain your mail server may send for.", type: "email", required: true, maxLength: 254 },
  { name: "postalAddress", label: "Postal address", hint: "Printed in every email's footer, as anti-spam laws require.", required: true, maxLength: 300, multiline: true },
];

export function SetupForm({ action, token }: { action: (prev: ActionResult, fd: FormData) => Promise<ActionResult>; token: string }) {
  const [state, formAction, pending] = useActionState(action, initialResult);
  const values = state.ok ? undefined : state.values;
  const err = (k: string) => (state.ok ? undefined : state.fieldErrors?.[k]?.[0]);
  return (
    <form action={formAction} noValidate className="stack setup-form">
      <input type="hidden" name="token" value={token} />
      {FIELDS.map((f) => {
        const e = err(f.name);
        const describedBy = [f.hint ? `${f.name}-hint` : null, e ? `${f.name}-err` : null].filter(Boolean).join(" ") || undefined;
        const common = {
          id: f.name,
          name: f.name,
          className: "input",
          required: f.required,
          maxLength: f.maxLength,
          defaultValue: values?.[f.name] ?? "",
          "aria-invalid": e ? true : undefined,
          "aria-describedby": describedBy,
          autoComplete: f.autoComplete,
        };
        return (
          <div className="field" key={f.name}>
            <label htmlFor={f.name}>
              {f.label}
              {f.required ? null : <span className="meta"> (optional)</span>}
            </label>
            {f.hint ? <p id={`${f.name}-hint`} className="meta">{f.hint}</p> : null}
            {f.multiline ? <textarea rows={2} {...common} /> : <input type={f.type ?? "text"} {...common} />}
            {e ? <p id={`${f.name}-err`} className="field-error">{e}</p> : null}
          </div>
        );
      })}
      <fieldset className="field">
        <legend>Start with</legend>
        <label>
          <input type="radio" name="start" value="empty" defaultChecked={(values?.start ?? "empty") === "empty"} /> An empty publication
        </label>
        <label>
          <input type="radio" name="start" value="sample" defaultChecked={values?.start === "sample"} /> Sample articles, issues, authors and topics (no accounts), to delete later
        </label>
        {err("start") ? <p className="field-error">{err("start")}</p> : null}
      </fieldset>
      <div role="alert" aria-live="assertive">
        {!state.ok && state.formError ? <p className="form-status form-status-error" data-testid="setup-error">{state.formError}</p> : null}
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>{pending ? "Setting up…" : "Set up the publication"}</button>
      </div>
    </form>
  );
}
