"use client";
// Step 2 of the import: map columns, choose consent handling, run; the report lists bad lines.
import Link from "next/link";
import { useActionState } from "react";

type Report = { rows: number; created: number; updated: number; duplicates: number; subscribed: number; pending: number; keptUnsubscribed: number; invalid: number; errors: { line: number; reason: string }[]; seconds: number };
type State = { ok: boolean; formError?: string; report?: Report };

export function ImportMapping({ file, columns, header, guess, action }: { file: string; columns: number; header: string[]; guess: { email: number; name: number; note: number }; action: (prev: State, fd: FormData) => Promise<State> }) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const options = Array.from({ length: columns }, (_, i) => ({ i, label: `Column ${i + 1}${header[i] ? ` — ${header[i]}` : ""}` }));
  if (state.report) {
    const r = state.report;
    return (
      <section className="panel stack" aria-labelledby="report-h">
        <h2 id="report-h">Import finished</h2>
        <p className="form-ok" role="status">
          {r.rows.toLocaleString("en-GB")} rows read in {r.seconds.toFixed(1)} s: {r.created.toLocaleString("en-GB")} new members, {r.updated.toLocaleString("en-GB")} already known, {r.duplicates.toLocaleString("en-GB")} duplicates merged, {r.invalid.toLocaleString("en-GB")} invalid.
        </p>
        <p>{r.subscribed.toLocaleString("en-GB")} subscribed (consent recorded, source import) · {r.pending.toLocaleString("en-GB")} sent a confirmation · {r.keptUnsubscribed.toLocaleString("en-GB")} had unsubscribed and were left unsubscribed.</p>
        {r.errors.length ? (
          <details open={r.errors.length <= 20}>
            <summary>Invalid rows ({r.invalid.toLocaleString("en-GB")}{r.invalid > r.errors.length ? `, first ${r.errors.length} listed` : ""})</summary>
            <ul className="small" data-testid="import-errors">
              {r.errors.map((e) => <li key={e.line}>Line {e.line}: {e.reason}</li>)}
            </ul>
          </details>
        ) : null}
        <div className="row"><Link className="btn btn-primary" href="/admin/members">Go to members</Link><Link className="btn" href="/admin/members/import">Import another file</Link></div>
      </section>
    );
  }
  return (
    <form action={formAction} className="panel stack" aria-labelledby="map-h">
      <h2 id="map-h">Map the columns</h2>
      <input type="hidden" name="file" value={file} />
      <label className="inline"><input type="checkbox" name="hasHeader" defaultChecked={guess.email >= 0 && /mail/i.test(header[guess.email] ?? "")} /> The first row is a header</label>
      <div className="grid grid-2">
        <label>Email address<select name="emailColumn" defaultValue={String(Math.max(0, guess.email))}>{options.map((o) => <option key={o.i} value={o.i}>{o.label}</option>)}</select></label>
        <label>Name<select name="nameColumn" defaultValue={String(guess.name)}><option value="-1">— none —</option>{options.map((o) => <option key={o.i} value={o.i}>{o.label}</option>)}</select></label>
        <label>Note<select name="noteColumn" defaultValue={String(guess.note)}><option value="-1">— none —</option>{options.map((o) => <option key={o.i} value={o.i}>{o.label}</option>)}</select></label>
        <label>Membership<select name="membership" defaultValue="keep"><option value="keep">Free (keep existing memberships)</option><option value="member">Grant membership to everyone imported</option></select></label>
      </div>
      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0, gap: ".35rem" }}>
        <legend style={{ fontWeight: 550, marginBottom: ".35rem" }}>Subscription to the Weekly Outlook</legend>
        <label className="inline"><input type="radio" name="consent" value="consented" defaultChecked /> They already consented elsewhere: subscribe them now (recorded as source “import”)</label>
        <label className="inline"><input type="radio" name="consent" value="confirm" /> Send each a confirmation email (double opt-in)</label>
        <label className="inline"><input type="radio" name="consent" value="none" /> Add as members only, no subscription</label>
      </fieldset>
      {state.formError ? <p className="form-error" role="alert">{state.formError}</p> : null}
      <div className="row"><button type="submit" className="btn-primary" disabled={pending}>{pending ? "Importing…" : "Import"}</button><Link className="btn btn-quiet" href="/admin/members/import">Choose another file</Link></div>
    </form>
  );
}
