"use client";
// Forms of the account page that answer inline (useActionState); they work without JavaScript too.
import { useActionState, useState } from "react";
import "../members.css";
import type { FormState } from "@/lib/auth/schemas";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function NameForm({ action, name }: { action: Action; name: string }) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const err = state.fieldErrors?.name?.[0];
  return (
    <form action={formAction} className="field-row">
      <label htmlFor="account-name">Name</label>
      <input id="account-name" className="input" name="name" defaultValue={name} maxLength={120} autoComplete="name" aria-invalid={err ? true : undefined} />
      <button className="button" type="submit" disabled={pending}>
        Save name
      </button>
      {err ? <p className="form-error">{err}</p> : null}
      {state.ok && state.message ? (
        <p className="meta" role="status">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

export function DeleteAccountForm({ action, email }: { action: Action; email: string }) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const [open, setOpen] = useState(false);
  const err = state.fieldErrors?.confirmEmail?.[0];
  if (!open && !err) {
    return (
      <button className="button button--ghost danger" type="button" onClick={() => setOpen(true)}>
        Delete my account…
      </button>
    );
  }
  return (
    <form action={formAction} className="auth-form danger-zone">
      <p>
        This deletes your account, your newsletter subscriptions and your sessions. Your comments stay, without your name. It cannot be
        undone.
      </p>
      <label htmlFor="confirm-email">
        Type <strong>{email}</strong> to confirm
      </label>
      <input id="confirm-email" className="input" name="confirmEmail" autoComplete="off" aria-invalid={err ? true : undefined} />
      {err ? <p className="form-error">{err}</p> : null}
      <p>
        <button className="button danger" type="submit" disabled={pending}>
          Delete my account permanently
        </button>
      </p>
    </form>
  );
}
