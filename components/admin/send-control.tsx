"use client";
// One button that posts a control operation (pause, resume, cancel, send to these) for a send.
import { useActionState } from "react";
import { initialResult, type ActionResult } from "@/lib/shared/action-result";

type Action = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

export function SendControl({ emailId, op, label, action, confirmText }: { emailId: string; op: string; label: string; action: Action; confirmText?: string }) {
  const [state, formAction, pending] = useActionState(action, initialResult as ActionResult);
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
      {!state.ok && state.formError ? <span role="alert"> {state.formError}</span> : state.ok && state.message ? <span role="status"> {state.message}</span> : null}
    </form>
  );
}
