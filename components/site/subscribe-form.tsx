"use client";
// The subscribe form: a real <form> posting to a server action (works without JavaScript), with
// labelled fields, errors tied to their inputs (aria-describedby) and a live status region.
import { useActionState, useId } from "react";
import { initialSubscribeFormState, type SubscribeFormState } from "./subscribe-form-state";

export type SubscribeFormProps = {
  action: (prev: SubscribeFormState, formData: FormData) => Promise<SubscribeFormState>;
  newsletters: { id: string; name: string; description: string | null }[];
  heading?: string;
  intro?: string;
  showName?: boolean;
  /** Stable prefix for element ids (several forms may share a page). */
  id?: string;
  defaultEmail?: string;
  /** A same-site path to return to once the subscription is confirmed on this device. */
  next?: string;
};

export function SubscribeForm({ action, newsletters, heading = "Subscribe", intro, showName = true, id: idProp, defaultEmail, next }: SubscribeFormProps) {
  const [state, formAction, pending] = useActionState(action, initialSubscribeFormState);
  const autoId = useId();
  const id = idProp ?? autoId;
  const err = state.fieldErrors ?? {};
  const emailErr = err.email?.[0];
  const nameErr = err.name?.[0];
  const listErr = err.newsletterIds?.[0];
  return (
    <section className="subscribe-cta subscribe-form" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{heading}</h2>
      {intro ? <p>{intro}</p> : null}
      <form action={formAction} noValidate>
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <div className="field">
          <label htmlFor={`${id}-email`}>Email address</label>
          <input
            id={`${id}-email`}
            className="input"
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            required
            maxLength={254}
            defaultValue={state.status === "ok" ? "" : (state.values?.email ?? defaultEmail)}
            aria-invalid={emailErr ? true : undefined}
            aria-describedby={emailErr ? `${id}-email-err` : undefined}
          />
          {emailErr ? (
            <p id={`${id}-email-err`} className="field-error" data-testid="email-error">
              {emailErr}
            </p>
          ) : null}
        </div>
        {showName ? (
          <div className="field">
            <label htmlFor={`${id}-name`}>
              Name <span className="optional">(optional)</span>
            </label>
            <input
              id={`${id}-name`}
              className="input"
              name="name"
              type="text"
              autoComplete="name"
              maxLength={100}
              defaultValue={state.status === "ok" ? "" : state.values?.name}
              aria-invalid={nameErr ? true : undefined}
              aria-describedby={nameErr ? `${id}-name-err` : undefined}
            />
            {nameErr ? (
              <p id={`${id}-name-err`} className="field-error">
                {nameErr}
              </p>
            ) : null}
          </div>
        ) : null}
        {newsletters.length > 1 ? (
          <fieldset aria-describedby={listErr ? `${id}-nl-err` : undefined}>
            <legend>Newsletters</legend>
            {newsletters.map((n, i) => (
              <div key={n.id} className="checkbox">
                <input id={`${id}-nl-${n.id}`} type="checkbox" name="newsletterIds" value={n.id} defaultChecked={i === 0} />
                <label htmlFor={`${id}-nl-${n.id}`}>
                  {n.name}
                  {n.description ? <span className="hint"> — {n.description}</span> : null}
                </label>
              </div>
            ))}
            {listErr ? (
              <p id={`${id}-nl-err`} className="field-error">
                {listErr}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        {/* Honeypot: hidden from people and assistive technology; bots fill it. */}
        <div className="hp" aria-hidden="true" style={{ position: "absolute", left: "-10000px", width: 1, height: 1, overflow: "hidden" }}>
          <label htmlFor={`${id}-website`}>Website</label>
          <input id={`${id}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <button className="button" type="submit" disabled={pending}>
          {pending ? "Subscribing…" : "Subscribe"}
        </button>
        <p className={`form-status form-status-${state.status}`} role="status" aria-live="polite" data-testid="subscribe-status">
          {state.message ?? ""}
        </p>
      </form>
    </section>
  );
}
