"use client";
// One button that posts a control operation (pause, resume, cancel, send to these) for a send.
import { useActionState } from "react";

type State = { ok: boolean; formError?: string; message?: string };
type Action = (prev: State, formData: FormData) => Promise<State>;

export function SendControl({ emailId, op, label, action, confirmText }: { emailId: string; op: string; label: string; action: Action; confirmText?: string }) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  return (
    <form
      action={formAction}
      style={{ display: "inline-block", marginRight: 8 }}
      onSubmit={(e) => {
        if (confirmText && !window.confirm(confirmText)) e.preventDefault();
      }}
    >
      <input type="hidden" name="emailId" value={emailId} />
      <input type="hidden" name="op" value={op} />
      <button type="submit" disabled={pending}>
        {label}
      </button>
      {state.formError ? <span role="alert"> {state.formError}</span> : state.message ? <span role="status"> {state.message}</span> : null}
    </form>
  );
}
