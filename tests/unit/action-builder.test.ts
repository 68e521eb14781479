// lib/server/action.ts: guard first, schema second, one ActionResult out; mis-shaped input is a field or
// form error, never a throw. Real sessions in the test database; next/headers bound to a test context.
import { afterAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { nextHeadersFor, outcomeOf, sessionFor, type RequestContext } from "../support/viewer-context";

const ctx = vi.hoisted(() => ({ token: undefined, headers: new Headers(), setCookies: new Map() }) as RequestContext);
vi.mock("next/headers", () => nextHeadersFor(ctx));

const { db } = await import("@/lib/server/db");
const { builtInfo, callAction, formAction, routeHandler, submitAction, NOT_UNDERSTOOD } = await import("@/lib/server/action");
const { ok, fieldError, initialResult, fromZodError, errorText } = await import("@/lib/shared/action-result");
const { EmailSchema } = await import("@/lib/shared/email");

afterAll(async () => {
  await db.member.deleteMany({ where: { email: { endsWith: "@unit.test" }, id: { in: made } } });
});
const made: string[] = [];
async function signIn(role: "reader" | "member" | "editor" | "admin") {
  const s = await sessionFor(db, role);
  made.push(s.memberId);
  ctx.token = s.token;
  return s;
}

const Schema = z.object({ email: EmailSchema, count: z.coerce.number().int().min(1, "At least 1.").max(10) });
const seen: unknown[] = [];
const editorForm = formAction({
  guard: "editor",
  input: Schema,
  echo: ["email"],
  run: async (input, { viewer }) => {
    seen.push({ input, viewer: viewer.email });
    return input.count === 7 ? fieldError("count", "Not seven.") : ok("Saved.", { n: input.count });
  },
});
const fd = (o: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(o)) f.append(k, v);
  return f;
};

describe("formAction", () => {
  it("runs with the parsed input and the viewer, and returns the handler's result", async () => {
    const s = await signIn("editor");
    const r = await editorForm(initialResult, fd({ email: " Person@Example.COM ", count: "3" }));
    expect(r).toEqual({ ok: true, message: "Saved.", data: { n: 3 } });
    expect(seen.at(-1)).toEqual({ input: { email: "person@example.com", count: 3 }, viewer: s.email });
  });

  it("answers missing and wrong fields with field errors, echoing the typed text", async () => {
    await signIn("admin");
    const r = await editorForm(initialResult, fd({ email: "not an address" }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(["count", "email"]);
    expect(r.formError).toBeTruthy();
    expect(r.values).toEqual({ email: "not an address" });
    const seven = await editorForm(initialResult, fd({ email: "a@example.com", count: "7" }));
    expect(seven).toMatchObject({ ok: false, fieldErrors: { count: ["Not seven."] }, values: { email: "a@example.com" } });
  });

  it("answers a payload that is not a FormData (or no payload) with a form error, not a throw", async () => {
    await signIn("editor");
    const call = editorForm as unknown as (...a: unknown[]) => Promise<unknown>;
    for (const args of [[initialResult, { email: "a@example.com", count: 2 }], [initialResult, "x"], [], [42, null], [fd({ email: "a@example.com" }).toString()]]) {
      await expect(call(...args)).resolves.toEqual({ ok: false, formError: NOT_UNDERSTOOD });
    }
    // A FormData as the only argument (a plain <form action>) is read too.
    await expect(call(fd({ email: "a@example.com", count: "2" }))).resolves.toMatchObject({ ok: true });
  });

  it("refuses before reading the input: sign-in for nobody, 403 for a reader", async () => {
    ctx.token = undefined;
    const before = seen.length;
    expect(await outcomeOf(() => editorForm(initialResult, fd({ email: "a@example.com", count: "2" })))).toBe("signin");
    expect(await outcomeOf(() => editorForm(initialResult, fd({})))).toBe("signin");
    await signIn("member");
    expect(await outcomeOf(() => editorForm(initialResult, fd({ email: "a@example.com", count: "2" })))).toBe("forbidden");
    expect(seen.length).toBe(before);
  });

  it("each guard lets exactly its people through", async () => {
    const make = (guard: "public" | "viewer" | "member" | "editor" | "admin") =>
      formAction({ guard, input: z.object({}), run: async (_i, { viewer }) => ok(viewer ? viewer.role : "nobody") });
    const expected = {
      public: ["allow", "allow", "allow", "allow", "allow"],
      viewer: ["signin", "allow", "allow", "allow", "allow"],
      member: ["signin", "forbidden", "allow", "allow", "allow"],
      editor: ["signin", "forbidden", "forbidden", "allow", "allow"],
      admin: ["signin", "forbidden", "forbidden", "forbidden", "allow"],
    } as const;
    for (const [guard, want] of Object.entries(expected)) {
      const a = make(guard as keyof typeof expected);
      const got: string[] = [];
      for (const role of ["anonymous", "reader", "member", "editor", "admin"] as const) {
        if (role === "anonymous") ctx.token = undefined;
        else await signIn(role);
        got.push(await outcomeOf(() => a(initialResult, fd({}))));
      }
      expect(got, guard).toEqual(want);
    }
  });
});

describe("callAction", () => {
  const act = callAction({
    guard: "viewer",
    input: z.object({ id: z.string().min(1).max(40), hidden: z.boolean().default(false) }),
    run: async (input) => ok(undefined, input),
  });

  it("takes an object and returns typed data", async () => {
    await signIn("reader");
    await expect(act({ id: "c1", hidden: true })).resolves.toEqual({ ok: true, data: { id: "c1", hidden: true } });
    await expect(act({ id: "c1" })).resolves.toEqual({ ok: true, data: { id: "c1", hidden: false } });
  });

  it("answers wrong argument types with field or form errors", async () => {
    await signIn("reader");
    const call = act as unknown as (...a: unknown[]) => Promise<{ ok: boolean; fieldErrors?: Record<string, string[]>; formError?: string }>;
    const wrongTypes = await call({ id: 12, hidden: "yes" });
    expect(wrongTypes.ok).toBe(false);
    expect(Object.keys(wrongTypes.fieldErrors ?? {}).sort()).toEqual(["hidden", "id"]);
    for (const bad of ["just a string", 42, null, [1, 2], undefined]) {
      const r = await call(bad);
      expect(r.ok, String(bad)).toBe(false);
      expect(r.formError ?? r.fieldErrors).toBeTruthy();
    }
    // A FormData is read into an object (a form posting to it without JavaScript).
    const f = fd({ id: "from-form" });
    await expect(call(f)).resolves.toEqual({ ok: true, data: { id: "from-form", hidden: false } });
  });

  it("still refuses a signed-out caller", async () => {
    ctx.token = undefined;
    expect(await outcomeOf(() => act({ id: "c1" }))).toBe("signin");
  });
});

describe("submitAction", () => {
  it("runs on valid input and hands invalid input to `invalid`, without throwing", async () => {
    await signIn("member");
    const runs: unknown[] = [];
    const failures: unknown[] = [];
    const a = submitAction({
      guard: "member",
      input: z.object({ sessionId: z.string().min(1) }),
      run: async (input) => void runs.push(input),
      invalid: (f) => void failures.push(f),
    });
    await a(fd({ sessionId: "s1" }));
    await a(fd({}));
    await (a as unknown as (x: unknown) => Promise<void>)({ sessionId: "not a form" });
    expect(runs).toEqual([{ sessionId: "s1" }]);
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatchObject({ ok: false, fieldErrors: { sessionId: expect.any(Array) } });
    expect(failures[1]).toEqual({ ok: false, formError: NOT_UNDERSTOOD });
  });
});

describe("routeHandler", () => {
  const handler = routeHandler({
    guard: "editor",
    input: z.object({ id: z.string().min(1), n: z.coerce.number().int() }),
    run: async (input) => ok("fine", input),
  });
  const req = (body: string, type = "application/json") => new Request("http://t.test/api/x?n=2", { method: "POST", body, headers: { "content-type": type } });
  const params = { params: Promise.resolve({ id: "abc" }) };

  it("401 for nobody, 403 for a reader, 200 with the result for an editor", async () => {
    ctx.token = undefined;
    expect((await handler(req("{}"), params)).status).toBe(401);
    await signIn("reader");
    expect((await handler(req("{}"), params)).status).toBe(403);
    await signIn("editor");
    const res = await handler(req("{}"), params);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, message: "fine", data: { id: "abc", n: 2 } });
    expect(res.headers.get("cache-control")).toContain("no-store");
  });

  it("400 with field errors for bad input, bad JSON and non-objects; 415 for other types", async () => {
    await signIn("editor");
    const bad = await handler(req(JSON.stringify({ n: "many" })), params);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, fieldErrors: { n: expect.any(Array) } });
    expect((await handler(req("{not json"), params)).status).toBe(400);
    expect((await handler(req("[1,2]"), params)).status).toBe(400);
    expect((await handler(req("x", "text/plain"), params)).status).toBe(415);
  });
});

describe("the result helpers", () => {
  it("flatten zod errors with z.flattenError and say one line for islands", () => {
    const e = z.object({ a: z.string() }).safeParse({ a: 1 });
    expect(e.success).toBe(false);
    if (e.success) return;
    const f = fromZodError(e.error);
    expect(f.fieldErrors?.a?.length).toBe(1);
    expect(errorText(f)).toBe(f.fieldErrors!.a![0]);
    expect(errorText({ ok: false, formError: "Nope." })).toBe("Nope.");
  });

  it("marks what the builder made", () => {
    expect(builtInfo(editorForm)).toEqual({ guard: "editor", kind: "form" });
    expect(builtInfo(async () => {})).toBeUndefined();
  });
});
