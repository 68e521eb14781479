"use client";
// A small form bound to a server action, showing its result inline; optional confirmation first.
import { useActionState } from "react";
import { errorText, initialResult, type ActionResult } from "@/lib/shared/action-result";

export function ActionForm({
  action,
  hidden,
  confirm,
  children,
  className,
}: {
  action: (prev: ActionResult, fd: FormData) => Promise<ActionResult>;
  hidden: Record<string, string>;
  confirm?: string;
  children: React.ReactNode;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialResult as ActionResult);
  return (
    <form
      action={formAction}
      className={className ?? "row"}
      onSubmit={(e) => {
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {Object.entries(hidden).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <fieldset disabled={pending} style={{ border: 0, padding: 0, margin: 0, display: "contents" }}>{children}</fieldset>
      {!state.ok && (state.formError || state.fieldErrors) ? <span className="field-error" role="alert">{errorText(state)}</span> : null}
      {state.ok && state.message ? <span className="small" style={{ color: "var(--ok)" }} role="status">{state.message}</span> : null}
    </form>
  );
}
