// The one way across the server boundary: every server action (and JSON route handler) is built here —
// guard first, then the zod schema, then the domain call, one ActionResult out. Mis-shaped input (wrong
// argument types, not a FormData, missing fields) becomes a field or form error, never a throw and a 500.
// The domain functions still check the viewer themselves: this is the first check, not the only one.
import "server-only";
import type { z } from "zod";
import { getViewer, requireAdmin, requireEditor, requireMember, requireViewer, type Viewer } from "../auth/guards";
import { formError, fromZodError, type ActionFailure, type ActionResult } from "../shared/action-result";

/** Who may call: anyone, any signed-in person, an active member (or staff), an editor, an admin. */
export type Guard = "public" | "viewer" | "member" | "editor" | "admin";
export type ViewerOf<G extends Guard> = G extends "public" ? Viewer | null : Viewer;
export type ActionContext<G extends Guard> = { viewer: ViewerOf<G> };

type Definition<G extends Guard, S extends z.ZodType, R> = {
  guard: G;
  /** The schema of the input: a FormData is read into a plain object first (repeated keys → arrays). */
  input: S;
  /** Where a signed-out caller returns after signing in. */
  callbackUrl?: string;
  run: (input: z.output<S>, ctx: ActionContext<G>) => Promise<R>;
};

export const NOT_UNDERSTOOD = "That request was not understood. Reload the page and try again.";

/** Marks what the builder made, so tests can tell a built action from a hand-written one. */
const BUILT = Symbol.for("weekly-outlook.built-action");
export type BuiltInfo = { guard: Guard; kind: "form" | "submit" | "call" | "route" };
export function builtInfo(fn: unknown): BuiltInfo | undefined {
  return typeof fn === "function" ? (fn as unknown as Record<symbol, BuiltInfo>)[BUILT] : undefined;
}
function mark<F extends object>(fn: F, info: BuiltInfo): F {
  Object.defineProperty(fn, BUILT, { value: info });
  return fn;
}

/** Runs the guard; the require* guards redirect to sign-in or answer 403 (Next's control flow). */
async function guarded<G extends Guard>(guard: G, callbackUrl?: string): Promise<ViewerOf<G>> {
  switch (guard) {
    case "public":
      return (await getViewer()) as ViewerOf<G>;
    case "viewer":
      return requireViewer(callbackUrl);
    case "member":
      return requireMember(callbackUrl);
    case "editor":
      return requireEditor(callbackUrl);
    case "admin":
      return requireAdmin(callbackUrl);
    default:
      throw new Error(`unknown guard ${String(guard)}`);
  }
}

/** A FormData as a plain object for the schemas: text and files; a repeated key becomes an array. */
export function formDataToObject(formData: FormData): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const out: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const [key, value] of formData.entries()) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

const isFormData = (v: unknown): v is FormData => typeof FormData !== "undefined" && v instanceof FormData;

function echoValues(raw: unknown, fields: readonly string[] | undefined): Record<string, string> | undefined {
  if (!fields || !raw || typeof raw !== "object") return undefined;
  const out: Record<string, string> = {};
  for (const f of fields) {
    const v = (raw as Record<string, unknown>)[f];
    if (typeof v === "string") out[f] = v.slice(0, 300);
  }
  return out;
}

async function execute<G extends Guard, S extends z.ZodType, D>(
  def: Definition<G, S, ActionResult<D>> & { echo?: readonly string[] },
  raw: unknown,
  understood: boolean,
): Promise<ActionResult<D>> {
  const viewer = await guarded(def.guard, def.callbackUrl);
  if (!understood) return formError(NOT_UNDERSTOOD);
  const parsed = def.input.safeParse(raw);
  if (!parsed.success) {
    const failure: ActionFailure = fromZodError(parsed.error);
    const values = echoValues(raw, def.echo);
    return values ? { ...failure, values } : failure;
  }
  const result = await def.run(parsed.data, { viewer });
  if (!result.ok && def.echo && !result.values) {
    const values = echoValues(raw, def.echo);
    if (values) return { ...result, values };
  }
  return result;
}

/**
 * A form action for useActionState: `(prev, formData) => ActionResult`. Anything but a FormData as the
 * payload is answered with a form error. `echo` names text fields sent back on failure (no-JS refill).
 */
export function formAction<G extends Guard, S extends z.ZodType, D = undefined>(
  def: Definition<G, S, ActionResult<D>> & { echo?: readonly string[] },
): (prev: ActionResult<D>, formData: FormData) => Promise<ActionResult<D>> {
  const fn = async (...args: unknown[]): Promise<ActionResult<D>> => {
    const payload = args.length >= 2 ? args[1] : args[0];
    return execute(def, isFormData(payload) ? formDataToObject(payload) : undefined, isFormData(payload));
  };
  return mark(fn, { guard: def.guard, kind: "form" });
}

/**
 * A plain `<form action>` whose outcome is a redirect or a refreshed page: `(formData) => void`.
 * Invalid input goes to `invalid` (usually a redirect back with a message); without it, nothing happens.
 */
export function submitAction<G extends Guard, S extends z.ZodType>(
  def: Definition<G, S, void> & { invalid?: (failure: ActionFailure, ctx: ActionContext<G>) => Promise<void> | void },
): (formData: FormData) => Promise<void> {
  const fn = async (...args: unknown[]): Promise<void> => {
    const payload = args.length >= 2 ? args[1] : args[0];
    const viewer = await guarded(def.guard, def.callbackUrl);
    if (!isFormData(payload)) return void (await def.invalid?.(formError(NOT_UNDERSTOOD), { viewer }));
    const parsed = def.input.safeParse(formDataToObject(payload));
    if (!parsed.success) return void (await def.invalid?.(fromZodError(parsed.error), { viewer }));
    await def.run(parsed.data, { viewer });
  };
  return mark(fn, { guard: def.guard, kind: "submit" });
}

/**
 * An action a client island calls with one input object (or a FormData): `(input) => ActionResult`.
 * The parameter is typed for the caller's convenience; at run time anything is checked by the schema.
 */
export function callAction<G extends Guard, S extends z.ZodType, D = undefined>(
  def: Definition<G, S, ActionResult<D>>,
): (input: z.input<S>) => Promise<ActionResult<D>> {
  const fn = async (...args: unknown[]): Promise<ActionResult<D>> => {
    const input = args[0];
    return execute(def, isFormData(input) ? formDataToObject(input) : input === undefined ? {} : input, true);
  };
  return mark(fn, { guard: def.guard, kind: "call" });
}

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

/**
 * A JSON route handler: input from the route params, the query string and (for non-GET) a JSON or form
 * body of at most `maxBytes`; 400 with the field errors when it does not fit; 401 / 403 from the guard
 * (a JSON client cannot follow a sign-in redirect). `run` may answer a Response of its own (429, files).
 */
export function routeHandler<G extends Guard, S extends z.ZodType, D = undefined>(
  def: Definition<G, S, ActionResult<D> | Response> & { maxBytes?: number; headers?: Record<string, string> },
): (req: Request, ctx: RouteContext) => Promise<Response> {
  const headers = { "cache-control": "private, no-store", ...def.headers };
  const json = (status: number, body: unknown) => Response.json(body, { status, headers });
  const fn = async (req: Request, ctx?: RouteContext): Promise<Response> => {
    const viewer = await getViewer();
    if (def.guard !== "public") {
      if (!viewer) return json(401, { ok: false, formError: "Sign in first." });
      const allowed =
        def.guard === "viewer" || (def.guard === "member" && viewer.isMember) || (def.guard === "editor" && viewer.isEditor) || (def.guard === "admin" && viewer.isAdmin);
      if (!allowed) return json(403, { ok: false, formError: "You do not have access to this." });
    }
    const raw: Record<string, unknown> = {};
    for (const [k, v] of new URL(req.url).searchParams) raw[k] = v;
    if (req.method !== "GET" && req.method !== "HEAD") {
      const body = await readBody(req, def.maxBytes ?? 64 * 1024);
      if (body.status) return json(body.status, { ok: false, formError: body.message });
      Object.assign(raw, body.value);
    }
    Object.assign(raw, (await ctx?.params) ?? {});
    const parsed = def.input.safeParse(raw);
    if (!parsed.success) return json(400, fromZodError(parsed.error));
    const result = await def.run(parsed.data, { viewer: viewer as ViewerOf<G> });
    if (result instanceof Response) return result;
    return json(result.ok ? 200 : 400, result);
  };
  return mark(fn, { guard: def.guard, kind: "route" });
}

async function readBody(req: Request, maxBytes: number): Promise<{ status?: number; message?: string; value?: Record<string, unknown> }> {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) return { status: 413, message: "Request body too large." };
  const text = await req.text();
  if (Buffer.byteLength(text) > maxBytes) return { status: 413, message: "Request body too large." };
  if (text === "") return { value: {} };
  if (type === "application/json") {
    try {
      const v: unknown = JSON.parse(text);
      if (!v || typeof v !== "object" || Array.isArray(v)) return { status: 400, message: "Send a JSON object." };
      return { value: v as Record<string, unknown> };
    } catch {
      return { status: 400, message: "The body is not valid JSON." };
    }
  }
  if (type === "application/x-www-form-urlencoded") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of new URLSearchParams(text)) {
      const prev = out[k];
      out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
    }
    return { value: out };
  }
  return { status: 415, message: "Send application/json or application/x-www-form-urlencoded." };
}
