"use client";
// A small form bound to a server action, showing its result inline; optional confirmation first.
import { useActionState } from "react";

type State = { ok: boolean; message?: string; formError?: string };

export function ActionForm({
  action,
  hidden,
  confirm,
  children,
  className,
}: {
  action: (prev: State, fd: FormData) => Promise<State>;
  hidden: Record<string, string>;
  confirm?: string;
  children: React.ReactNode;
  className?: string;
}) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
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
      {state.formError ? <span className="field-error" role="alert">{state.formError}</span> : null}
      {state.ok && state.message ? <span className="small" style={{ color: "var(--ok)" }} role="status">{state.message}</span> : null}
    </form>
  );
}
