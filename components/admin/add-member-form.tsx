"use client";
// Add one member by hand; works without JavaScript (a plain form posting to the server action).
import { useActionState } from "react";

type State = { ok: boolean; message?: string; formError?: string; fieldErrors?: Record<string, string[] | undefined> };

export function AddMemberForm({ action }: { action: (prev: State, fd: FormData) => Promise<State> }) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const err = (k: string) => (state.fieldErrors?.[k]?.length ? <span className="field-error">{state.fieldErrors[k]!.join(" ")}</span> : null);
  return (
    <form action={formAction} className="panel stack" style={{ maxWidth: 560 }}>
      <label>Email address<input type="email" name="email" required maxLength={254} autoComplete="off" />{err("email")}</label>
      <label>Name (optional)<input name="name" maxLength={120} />{err("name")}</label>
      <fieldset className="stack" style={{ border: 0, padding: 0, margin: 0, gap: ".35rem" }}>
        <legend style={{ fontWeight: 550, marginBottom: ".35rem" }}>Weekly Outlook</legend>
        <label className="inline"><input type="radio" name="subscribe" value="active" defaultChecked /> Subscribe now (they asked you to; recorded as added by an editor)</label>
        <label className="inline"><input type="radio" name="subscribe" value="confirm" /> Send a confirmation email first</label>
        <label className="inline"><input type="radio" name="subscribe" value="none" /> Do not subscribe</label>
      </fieldset>
      <label>Membership
        <select name="membership" defaultValue="free"><option value="free">Free</option><option value="member">Member (no expiry; change it on their page)</option></select>
      </label>
      <label>Note (only editors see it)<textarea name="note" rows={2} maxLength={1000} /></label>
      {state.formError ? <p className="form-error" role="alert">{state.formError}</p> : null}
      <div><button type="submit" className="btn-primary" disabled={pending}>{pending ? "Adding…" : "Add member"}</button></div>
    </form>
  );
}
