"use client";
// The /signin email form (works without JavaScript: a server action).
import { useActionState } from "react";
import "../members.css";
import type { FormState } from "@/lib/auth/schemas";

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

export function SignInForm({ action, callbackUrl, defaultEmail }: { action: Action; callbackUrl: string; defaultEmail?: string }) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const emailError = state.fieldErrors?.email?.[0];
  return (
    <form action={formAction} className="auth-form" noValidate>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <label htmlFor="signin-email">Email address</label>
      <input
        id="signin-email"
        className="input"
        type="email"
        name="email"
        autoComplete="email"
        required
        defaultValue={defaultEmail}
        aria-invalid={emailError ? true : undefined}
        aria-describedby={emailError ? "signin-email-error" : undefined}
      />
      {emailError ? (
        <p id="signin-email-error" className="form-error">
          {emailError}
        </p>
      ) : null}
      {state.formError ? (
        <p className="form-error" role="status">
          {state.formError}
        </p>
      ) : null}
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Sending…" : "Email me a sign-in link"}
      </button>
    </form>
  );
}

export function CodeForm({ action, email, callbackUrl }: { action: Action; email: string; callbackUrl: string }) {
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const codeError = state.fieldErrors?.code?.[0] ?? state.fieldErrors?.email?.[0];
  return (
    <form action={formAction} className="auth-form" noValidate>
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <label htmlFor="signin-code">6-digit code from the email</label>
      <input
        id="signin-code"
        className="input auth-code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9 ]{6,7}"
        maxLength={7}
        required
        aria-invalid={codeError ? true : undefined}
        aria-describedby={codeError ? "signin-code-error" : undefined}
      />
      {codeError ? (
        <p id="signin-code-error" className="form-error">
          {codeError}
        </p>
      ) : null}
      {state.formError ? (
        <p className="form-error" role="status">
          {state.formError}
        </p>
      ) : null}
      <button className="button" type="submit" disabled={pending}>
        {pending ? "Checking…" : "Sign in with code"}
      </button>
    </form>
  );
}
