// The one result every server action (and JSON route handler built by lib/server/action.ts) returns:
// forms render it with useActionState, client islands read it after await. Isomorphic on purpose.
import { z } from "zod";

/** Messages per field, as z.flattenError gives them; a form shows the first of each. */
export type FieldErrors = Record<string, string[] | undefined>;

export type ActionSuccess<D = undefined> = { ok: true; message?: string; data?: D };
export type ActionFailure = {
  ok: false;
  /** One sentence about the whole form (shown in its alert region). */
  formError?: string;
  fieldErrors?: FieldErrors;
  /** What the person typed, echoed back so a form without JavaScript can refill itself. */
  values?: Record<string, string>;
};
export type ActionResult<D = undefined> = ActionSuccess<D> | ActionFailure;

/** The state a form starts in: nothing to show yet. */
export const initialResult: ActionFailure = { ok: false };

export function ok<D = undefined>(message?: string, data?: D): ActionSuccess<D> {
  const r: ActionSuccess<D> = { ok: true };
  if (message !== undefined) r.message = message;
  if (data !== undefined) r.data = data;
  return r;
}

export function formError(message: string): ActionFailure {
  return { ok: false, formError: message };
}

export function fieldError(field: string, message: string, form?: string): ActionFailure {
  return { ok: false, fieldErrors: { [field]: [message] }, ...(form ? { formError: form } : {}) };
}

export const CHECK_FIELDS = "Please correct the highlighted fields.";

/** A zod failure as a form result (zod 4's z.flattenError; never the deprecated .flatten()). */
export function fromZodError(error: z.ZodError, form = CHECK_FIELDS): ActionFailure {
  const flat = z.flattenError(error);
  const fieldErrors: FieldErrors = {};
  for (const [k, v] of Object.entries(flat.fieldErrors as FieldErrors)) if (v?.length) fieldErrors[k] = v;
  const formErrors = flat.formErrors;
  const hasFields = Object.keys(fieldErrors).length > 0;
  return { ok: false, ...(hasFields ? { fieldErrors } : {}), formError: formErrors[0] ?? (hasFields ? form : "That request was not understood.") };
}

/** The first message for a field, for a form to show beside it. */
export function firstError(r: ActionResult<unknown> | undefined, field: string): string | undefined {
  return r && !r.ok ? r.fieldErrors?.[field]?.[0] : undefined;
}

/** A short message for a client island that shows one line: the form error or the first field error. */
export function errorText(r: ActionFailure): string {
  if (r.formError && !r.fieldErrors) return r.formError;
  const first = Object.values(r.fieldErrors ?? {}).find((v) => v?.length)?.[0];
  return first ?? r.formError ?? "That did not work.";
}
