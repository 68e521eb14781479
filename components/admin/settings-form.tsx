"use client";
// Publication settings form, and the SMTP connection test with a clear result.
import Link from "next/link";
import { useActionState } from "react";

type State = { ok: boolean; message?: string; formError?: string; fieldErrors?: Record<string, string[] | undefined> };
type Values = { publicationName: string; description: string; senderName: string; senderEmail: string; replyTo: string; postalAddress: string; logoUrl: string;
  accentColor: string; emailHeader: "logo" | "title"; emailFont: "serif" | "sans"; emailFooter: string; emailShowFeatureImage: boolean; trackOpens: boolean; trackClicks: boolean };

export function SettingsForm({ values, action }: { values: Values; action: (prev: State, fd: FormData) => Promise<State> }) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const err = (k: string) => (state.fieldErrors?.[k]?.length ? <span className="field-error">{state.fieldErrors[k]!.join(" ")}</span> : null);
  return (
    <form action={formAction} className="panel stack" aria-labelledby="pub-h">
      <h2 id="pub-h">Publication</h2>
      <label>Name<input name="publicationName" defaultValue={values.publicationName} required maxLength={120} />{err("publicationName")}</label>
      <label>Description<textarea name="description" rows={2} defaultValue={values.description} maxLength={500} />{err("description")}</label>
      <div className="stack" style={{ gap: ".35rem" }}>
        <span className="small" style={{ fontWeight: 550 }}>Logo</span>
        {/* eslint-disable-next-line @next/next/no-img-element -- uploaded files are served as they are */}
        {values.logoUrl ? <img src={values.logoUrl} alt="Current logo" style={{ maxHeight: 48, alignSelf: "flex-start" }} /> : null}
        <input type="hidden" name="logoUrl" defaultValue={values.logoUrl} />
        <input type="file" name="logo" accept="image/png,image/jpeg,image/gif,image/webp" aria-label="Upload a logo" />
        {err("logoUrl")}
      </div>
      <h2 style={{ marginTop: ".5rem" }}>Sender</h2>
      <div className="grid grid-2">
        <label>Sender name<input name="senderName" defaultValue={values.senderName} required maxLength={120} />{err("senderName")}</label>
        <label>Sender address<input type="email" name="senderEmail" defaultValue={values.senderEmail} required />{err("senderEmail")}</label>
        <label>Reply-to (optional)<input type="email" name="replyTo" defaultValue={values.replyTo} />{err("replyTo")}</label>
      </div>
      <label>Postal address (printed in every email footer)<textarea name="postalAddress" rows={2} defaultValue={values.postalAddress} required maxLength={300} />{err("postalAddress")}</label>
      <h2 style={{ marginTop: ".5rem" }}>Design</h2>
      <div className="grid grid-2">
        <label>Accent colour (site and emails)<input type="color" name="accentColor" defaultValue={values.accentColor} style={{ height: 40, padding: 4 }} />{err("accentColor")}</label>
        <label>Email header
          <select name="emailHeader" defaultValue={values.emailHeader}>
            <option value="title">Publication name</option>
            <option value="logo">Logo</option>
          </select>{err("emailHeader")}
        </label>
        <label>Email font
          <select name="emailFont" defaultValue={values.emailFont}>
            <option value="sans">Sans-serif (clean)</option>
            <option value="serif">Serif (elegant)</option>
          </select>{err("emailFont")}
        </label>
      </div>
      <label>Email footer text (optional, above the address)<textarea name="emailFooter" rows={2} defaultValue={values.emailFooter} maxLength={500} />{err("emailFooter")}</label>
      <p className="small" style={{ margin: 0 }}><Link href="/admin/settings/emails">Edit the welcome and confirmation emails →</Link></p>
      <label className="row" style={{ gap: ".5rem" }}><input type="checkbox" name="emailShowFeatureImage" defaultChecked={values.emailShowFeatureImage} style={{ width: "auto" }} />Show feature images in emails</label>
      <h2 style={{ marginTop: ".5rem" }}>Tracking</h2>
      <label className="row" style={{ gap: ".5rem" }}><input type="checkbox" name="trackOpens" defaultChecked={values.trackOpens} style={{ width: "auto" }} />Count email opens (a tracking pixel)</label>
      <label className="row" style={{ gap: ".5rem" }}><input type="checkbox" name="trackClicks" defaultChecked={values.trackClicks} style={{ width: "auto" }} />Count link clicks (links pass through this site)</label>
      <p className="muted small" style={{ margin: 0 }}>Applies to sends started from now on; a send keeps the choice it started with.</p>
      {state.formError ? <p className="form-error" role="alert">{state.formError}</p> : null}
      {state.ok ? <p className="form-ok" role="status">{state.message}</p> : null}
      <div><button type="submit" className="btn-primary" disabled={pending}>{pending ? "Saving…" : "Save settings"}</button></div>
    </form>
  );
}

export function SmtpTest({ action, configured, host }: { action: (prev: State) => Promise<State>; configured: boolean; host: string | null }) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  return (
    <form action={formAction} className="panel stack" aria-labelledby="smtp-h">
      <h2 id="smtp-h">Mail server</h2>
      <p className="muted">{configured ? <>Outgoing mail goes through <code>{host}</code> (set by <code>SMTP_URL</code>).</> : <>No SMTP server is configured: mail is kept in the <Link href="/admin/mailbox">local mailbox</Link>.</>}</p>
      <div><button type="submit" disabled={pending}>{pending ? "Testing…" : "Test the connection"}</button></div>
      <div aria-live="polite">
        {state.ok ? <p className="form-ok" data-testid="smtp-result">✓ {state.message}</p> : null}
        {state.formError ? <p className="form-error" data-testid="smtp-result">✗ {state.formError}</p> : null}
      </div>
    </form>
  );
}
