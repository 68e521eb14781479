"use client";
// The confirmation form of a send: send now (with a confirmation tick) or schedule for a time (UTC).
import { useActionState } from "react";

type State = { ok: boolean; formError?: string; fieldErrors?: Record<string, string[] | undefined> };
type Action = (prev: State, formData: FormData) => Promise<State>;

export function StartSendForm({ issueId, total, action }: { issueId: string; total: number; action: Action }) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  return (
    <div>
      {state.formError ? (
        <p className="form-error" role="alert" data-testid="send-error">
          {state.formError}
        </p>
      ) : null}
      <form action={formAction} className="stack">
        <input type="hidden" name="issueId" value={issueId} />
        <input type="hidden" name="mode" value="now" />
        <label className="inline">
          <input type="checkbox" name="confirm" value="yes" required /> Send this issue now to {total.toLocaleString("en-GB")} recipient{total === 1 ? "" : "s"}
        </label>
        {state.fieldErrors?.confirm ? <p className="field-error">{state.fieldErrors.confirm[0]}</p> : null}
        <button type="submit" className="btn-primary btn-lg" disabled={pending} style={{ alignSelf: "flex-start" }}>
          {pending ? "Starting…" : "Send now"}
        </button>
      </form>
      <form action={formAction} className="stack" style={{ marginTop: 24, paddingTop: 16, borderTop: "1px solid var(--line)" }}>
        <input type="hidden" name="issueId" value={issueId} />
        <input type="hidden" name="mode" value="schedule" />
        <label style={{ maxWidth: 280 }}>
          Or send later, at (UTC) <input type="datetime-local" name="scheduledAt" required />
        </label>
        {state.fieldErrors?.scheduledAt ? <p className="field-error">{state.fieldErrors.scheduledAt[0]}</p> : null}
        <button type="submit" disabled={pending} style={{ alignSelf: "flex-start" }}>
          Schedule
        </button>
      </form>
    </div>
  );
}
