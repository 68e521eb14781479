// The bad inputs. Each endpoint kind gets its own generator; all of them draw on the same value lists:
// malformed and invalid percent-encodings, invalid UTF-8, huge, negative and non-numbers, look-alike
// and malformed addresses, deep Markdown, markup, unknown ids and slugs, wrong types.
import { createRequire } from "node:module";
import type { ActionEndpoint, PageEndpoint, RouteEndpoint, Segment } from "./discover";

const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

export type Probe = {
  label: string;
  method: string;
  /** Raw request target (path and query, already encoded as it goes on the wire). */
  target: string;
  headers?: Record<string, string>;
  body?: Buffer;
  /** Send without Content-Length (chunked). */
  chunked?: boolean;
  /** A large body: sent as one role, not as every role. */
  heavy?: boolean;
};

/** A body over the 2 MB server-action limit and the route handlers' own caps. */
export const OVERSIZED = Buffer.alloc(2 * 1024 * 1024 + 4096, "a");

export const DEEP_MARKDOWN = ">".repeat(6000) + " deep\n" + "- ".repeat(3000) + "x\n" + "*".repeat(4000) + "x" + "*".repeat(4000);

/** Segment values that must not be found, or must be refused (raw, as they go in the path). */
export const BAD_SEGMENTS = [
  "does-not-exist", "cunknown0000000000000000", "0", "-1", "99999999999999999999", "1e300", "NaN", "1.5", "0x1f",
  "%E0%A4%A", "%zz", "%", "%C0%AF", "%ED%A0%80", "%00", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "caf%C3%A9",
  "%D0%B0dmin", "%F0%9D%95%8F", "%E2%80%AE", "a".repeat(3000), "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "'%20OR%201=1--",
  "%24%7B7*7%7D", "%20", "~", "_", "-", ".", "x.json", "index",
];

/** Query values (raw, already on-the-wire). */
export const BAD_QUERY_VALUES = [
  "", "-1", "0", "99999999999999999999", "1e300", "-1e300", "NaN", "Infinity", "1.5", "0x10", "%zz", "%", "%ED%A0%80", "%C0%AF", "%00",
  "%D0%B0dmin%40example.com", "%3Cimg%20src%3Dx%3E%40attacker.test", "a%0Ab%40example.com", "a".repeat(5000), "//evil.example", "%2F.%2F%2Fevil.example",
  "javascript:alert(1)", "http://[", "%5B%5D", "%7B%7D", "true", "null", "undefined", "%F0%9F%92%A9",
];

/** Values for body fields (strings; the generators also put wrong types in their place); the last two are large. */
export const BAD_FIELD_VALUES = [
  "", " ", "-1", "0", "99999999999999999999", "1e300", "NaN", "1.5", "аdmin@example.com", "<img src=x onerror=alert(1)>@attacker.test", "a b@example.com",
  "victim@example.com\nBcc: x@evil.example", "victim@example.com,1", "ｖｉｃｔｉｍ@example.com", "\u0000\u0007\u001b",
  "\ud800", "does-not-exist", "cunknown0000000000000000", "' OR 1=1 --", "{{7*7}}", "../../etc/passwd", "admin", "https://evil.example/x",
  "x".repeat(70_000), DEEP_MARKDOWN,
];
/** The small ones, to fill the other fields of a form. */
const SMALL_FIELD_VALUES = BAD_FIELD_VALUES.filter((v) => v.length < 1000);

function keyFor(segments: Segment[], i: number): string[] {
  const prev = segments.slice(0, i).filter((s) => s.kind === "static").map((s) => (s as { value: string }).value);
  const s = segments[i]!;
  return [prev.slice(-2).join("/"), prev[prev.length - 1] ?? "", s.kind === "static" ? s.value : s.name];
}

/** Each segment's value on the wire: static ones as they are, parameters with a real value when one is known. */
function goodSegments(segments: Segment[], known: Record<string, string[]>): string[] {
  return segments.map((s, i) => {
    if (s.kind === "static") return s.value;
    for (const k of keyFor(segments, i)) if (known[k]?.length) return encodeURIComponent(known[k]![0]!);
    return s.kind === "catchall" && s.optional ? "" : "does-not-exist";
  });
}

const join = (parts: string[]) => "/" + parts.filter((p) => p !== "").join("/");

export function goodPath(segments: Segment[], known: Record<string, string[]>): string {
  return join(goodSegments(segments, known));
}

/** Each dynamic segment in turn replaced by each bad value (the other segments real). */
function badPaths(segments: Segment[], known: Record<string, string[]>): { label: string; path: string }[] {
  const good = goodSegments(segments, known);
  const out: { label: string; path: string }[] = [];
  segments.forEach((seg, i) => {
    if (seg.kind === "static") return;
    for (const bad of BAD_SEGMENTS) out.push({ label: `segment ${seg.name}=${bad.slice(0, 40)}`, path: join(good.map((g, j) => (j === i ? bad : g))) });
  });
  return out;
}

function withQuery(path: string, names: string[], values: string[]): { label: string; target: string }[] {
  const out: { label: string; target: string }[] = [];
  values.forEach((v, i) => {
    const name = names[i % names.length]!;
    out.push({ label: `?${name}=${v.slice(0, 40)}`, target: `${path}?${name}=${v}` });
  });
  // every name at once, repeated (arrays where strings are expected)
  out.push({ label: "all names repeated", target: `${path}?${names.map((n) => `${n}=1&${n}=2`).join("&")}` });
  out.push({ label: "names as arrays", target: `${path}?${names.map((n) => `${n}[]=x&${n}[a]=y`).join("&")}` });
  return out;
}

/** A multipart boundary no value contains. */
const B = "----fuzzBoundary7MA4YWxkTrZu0gW";

const form = (fields: Record<string, string>) => Buffer.from(new URLSearchParams(fields).toString());

function multipartBody(boundary: string, parts: [string, string][]): Buffer {
  return Buffer.from(parts.map(([n, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`).join("") + `--${boundary}--\r\n`);
}

/** Bodies for an endpoint that reads JSON or a form: malformed, wrong types, bad values. */
function bodyProbes(method: string, target: string, names: string[]): Probe[] {
  const json = (label: string, body: string | Buffer, type = "application/json") => ({ label, method, target, headers: { "content-type": type }, body: Buffer.isBuffer(body) ? body : Buffer.from(body) });
  const probes: Probe[] = [
    json("json: truncated", "{"),
    json("json: bare array", "["),
    json("json: null", "null"),
    json("json: number", "1"),
    json("json: string", '"x"'),
    json("json: nested 10k deep", "[".repeat(10_000) + "]".repeat(10_000)),
    json("json: object 10k deep", '{"a":'.repeat(10_000) + "1" + "}".repeat(10_000)),
    json("json: invalid UTF-8", Buffer.from([0x7b, 0x22, 0x65, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d])),
    json("json: lone surrogate escape", '{"email":"\\ud800@example.com","name":"\\udfff"}'),
    json("json: huge number", `{"${names[0]}":1e999,"page":-99999999999999999999}`),
    json("json: wrong types", JSON.stringify(Object.fromEntries(names.map((n, i) => [n, [[], {}, 1, true, null][i % 5]])))),
    json("json: __proto__", '{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}'),
    json("json as text/plain", "{}", "text/plain"),
    json("xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>", "application/xml"),
    json("no content type", "a=1", ""),
    json("urlencoded: invalid percent", "email=%zz&name=%E0%A4%A", "application/x-www-form-urlencoded"),
    json("multipart: no boundary", "x", "multipart/form-data"),
    json("multipart: broken", "--b\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\nx", "multipart/form-data; boundary=b"),
    json("csv: garbage", "email\n\"unclosed,\n" + "\u0000".repeat(10), "text/csv"),
    { label: "oversized body", method, target, headers: { "content-type": "application/json" }, body: OVERSIZED, heavy: true },
    { label: "chunked body", method, target, headers: { "content-type": "application/json" }, body: Buffer.from("{}"), chunked: true },
  ];
  BAD_FIELD_VALUES.forEach((v, i) => {
    const name = names[i % names.length]!;
    probes.push(json(`json ${name}=${v.slice(0, 30)}`, JSON.stringify({ [name]: v, email: v })));
    if (i % 3 === 0) probes.push({ label: `form ${name}=${v.slice(0, 30)}`, method, target, headers: { "content-type": "application/x-www-form-urlencoded" }, body: form({ [name]: v, email: v }) });
    if (i % 5 === 0) probes.push({ label: `multipart ${name}=${v.slice(0, 30)}`, method, target, headers: { "content-type": `multipart/form-data; boundary=${B}` }, body: multipartBody(B, [[name, v], ["email", v]]) });
  });
  return probes;
}

const WRONG_METHODS = ["PUT", "PATCH", "DELETE", "OPTIONS", "HEAD", "TRACE", "PROPFIND"];

export function pageProbes(p: PageEndpoint, known: Record<string, string[]>): Probe[] {
  const good = goodPath(p.segments, known);
  const probes: Probe[] = [];
  for (const { label, path } of badPaths(p.segments, known)) probes.push({ label, method: "GET", target: path });
  for (const { label, target } of withQuery(good, p.queryNames, BAD_QUERY_VALUES)) probes.push({ label, method: "GET", target });
  for (const m of WRONG_METHODS) probes.push({ label: `method ${m}`, method: m, target: good });
  probes.push({ label: "POST urlencoded", method: "POST", target: good, headers: { "content-type": "application/x-www-form-urlencoded" }, body: form({ email: "x" }) });
  probes.push({ label: "POST json", method: "POST", target: good, headers: { "content-type": "application/json" }, body: Buffer.from("{") });
  probes.push({ label: "POST multipart garbage", method: "POST", target: good, headers: { "content-type": "multipart/form-data; boundary=b" }, body: Buffer.from("garbage") });
  probes.push({ label: "POST multipart, no action", method: "POST", target: good, headers: { "content-type": `multipart/form-data; boundary=${B}` }, body: multipartBody(B, [["email", "a@example.com"]]) });
  probes.push({ label: "RSC header, bad state tree", method: "GET", target: good, headers: { rsc: "1", "next-router-state-tree": "%zz[not json" } });
  probes.push({ label: "RSC prefetch, junk segment", method: "GET", target: good, headers: { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/%zz" } });
  probes.push({ label: "Accept-Language junk", method: "GET", target: good, headers: { "accept-language": "\u00ff".repeat(100), "if-none-match": '"' + "x".repeat(2000) } });
  probes.push({ label: "Range junk", method: "GET", target: good, headers: { range: "bytes=99999999999999999999-" } });
  return probes;
}

export function routeProbes(r: RouteEndpoint, known: Record<string, string[]>): Probe[] {
  const good = goodPath(r.segments, known);
  const probes: Probe[] = [];
  const read = r.methods.includes("GET") ? "GET" : r.methods[0] ?? "GET";
  for (const { label, path } of badPaths(r.segments, known)) probes.push({ label, method: read, target: path });
  for (const { label, target } of withQuery(good, r.queryNames, BAD_QUERY_VALUES)) probes.push({ label, method: read, target });
  for (const m of [...WRONG_METHODS, "GET", "POST"].filter((m) => !r.methods.includes(m))) probes.push({ label: `method ${m}`, method: m, target: good });
  for (const m of r.methods.filter((m) => m !== "GET" && m !== "HEAD")) probes.push(...bodyProbes(m, good, r.bodyNames));
  return probes;
}

/** The argument lists an action may be sent, encoded by React's own client (well-formed, wrong shapes and values). */
async function shapeArgs(a: ActionEndpoint): Promise<{ label: string; args: unknown[]; heavy?: boolean }[]> {
  const fd = (fields: Record<string, string | Blob>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.append(k, v);
    return f;
  };
  const shapes: { label: string; args: unknown[]; heavy?: boolean }[] = [
    { label: "no arguments", args: [] },
    { label: "[null]", args: [null] },
    { label: "[number]", args: [1] },
    { label: "[string]", args: ["x"] },
    { label: "[object]", args: [{}] },
    { label: "[array]", args: [[]] },
    { label: "[undefined, undefined]", args: [undefined, undefined] },
    { label: "[null, string]", args: [null, "x"] },
    { label: "[prev, number]", args: [{ ok: false }, 42] },
    { label: "[prev, object]", args: [{ ok: false }, { email: "x" }] },
    { label: "too many arguments", args: new Array(12).fill("x") },
    { label: "[FormData] alone", args: [fd({ email: "x" })] },
    { label: "[prev, empty FormData]", args: [{}, fd({})] },
    { label: "[Date, Map, BigInt]", args: [new Date(NaN), new Map([["a", 1]]), 10n] },
    { label: "[deep markdown]", args: [DEEP_MARKDOWN] },
    { label: "[huge string]", args: ["x".repeat(1_500_000)], heavy: true },
    { label: "[object with wrong types]", args: [Object.fromEntries(a.fieldNames.map((n, i) => [n, [[], {}, -1, 1e308, true, null][i % 6]])), "yes"] },
    { label: "[object with bad values]", args: [Object.fromEntries(a.fieldNames.map((n, i) => [n, BAD_FIELD_VALUES[i % BAD_FIELD_VALUES.length]])), true] },
    { label: "[id, op, date] junk", args: ["does-not-exist", "explode", "not a date"] },
    { label: "[id, variant] junk", args: ["cunknown0000000000000000", { $: 1 }] },
  ];
  BAD_FIELD_VALUES.forEach((v, i) => {
    const fields: Record<string, string | Blob> = {};
    a.fieldNames.forEach((n, j) => (fields[n] = SMALL_FIELD_VALUES[(i + j) % SMALL_FIELD_VALUES.length]!));
    fields[a.fieldNames[i % a.fieldNames.length]!] = v;
    if (i % 4 === 0) fields.file = new Blob([Buffer.from("\u0000garbage\u00ff")], { type: "image/png" });
    shapes.push({ label: `[prev, FormData ${a.fieldNames[i % a.fieldNames.length]}=${v.slice(0, 24)}]`, args: a.takesFormData && a.arity === 1 ? [fd(fields)] : [{ ok: false }, fd(fields)] });
  });
  return shapes;
}

async function encoded(args: unknown[]): Promise<{ type: string; body: Buffer }> {
  const e = await encodeReply(args);
  if (typeof e === "string") return { type: "text/plain;charset=UTF-8", body: Buffer.from(e) };
  const r = new Response(e);
  return { type: r.headers.get("content-type")!, body: Buffer.from(await r.arrayBuffer()) };
}

export async function actionProbes(a: ActionEndpoint, known: Record<string, string[]>, host: string): Promise<Probe[]> {
  const target = goodPath(a.page, known);
  const h = (type: string, extra: Record<string, string> = {}) => ({ "next-action": a.id, "content-type": type, accept: "text/x-component", ...extra });
  const text = (label: string, body: string | Buffer, extra: Record<string, string> = {}): Probe => ({ label, method: "POST", target, headers: h("text/plain;charset=UTF-8", extra), body: Buffer.isBuffer(body) ? body : Buffer.from(body) });
  const probes: Probe[] = [
    text("reply: invalid JSON", "[zxc"),
    text("reply: string root", '"x"'),
    text("reply: object root", '{"a":1}'),
    text("reply: missing field", '["$1"]'),
    text("reply: missing promise", '["$@9"]'),
    text("reply: server reference", '["$h1"]'),
    text("reply: temporary reference", '["$T"]'),
    text("reply: bad BigInt", '["$nxyz"]'),
    text("reply: stream", '["$R0"]'),
    text("reply: bad path", '[{"a":1},"$0:9:9"]'),
    text("reply: nested 8k deep", "[".repeat(8000) + "]".repeat(8000)),
    text("reply: 5000 arguments", JSON.stringify(new Array(5000).fill(0))),
    text("reply: invalid UTF-8", Buffer.from([0x5b, 0x22, 0xc3, 0x28, 0x22, 0x5d])),
    text("cross-origin", "[]", { origin: "https://evil.example" }),
    text("Origin: null", "[]", { origin: "null" }),
    text("malformed Origin", "[]", { origin: "http://[" }),
    { label: "oversized body", method: "POST", target, headers: h("text/plain;charset=UTF-8"), body: OVERSIZED, heavy: true },
    { label: "chunked body", method: "POST", target, headers: h("text/plain;charset=UTF-8"), body: Buffer.from("[]"), chunked: true },
    { label: "application/json", method: "POST", target, headers: h("application/json"), body: Buffer.from("[]") },
    { label: "urlencoded", method: "POST", target, headers: h("application/x-www-form-urlencoded"), body: form({ email: "x" }) },
    { label: "multipart garbage", method: "POST", target, headers: h("multipart/form-data; boundary=b"), body: Buffer.from("garbage") },
    { label: "multipart without root", method: "POST", target, headers: h(`multipart/form-data; boundary=${B}`), body: multipartBody(B, [["email", "x"]]) },
    { label: "multipart root not JSON", method: "POST", target, headers: h(`multipart/form-data; boundary=${B}`), body: multipartBody(B, [["0", "[x"]]) },
    { label: "unknown action id", method: "POST", target, headers: { ...h("text/plain;charset=UTF-8"), "next-action": "00" + "de".repeat(20) }, body: Buffer.from("[]") },
    { label: "malformed action id", method: "POST", target, headers: { ...h("text/plain;charset=UTF-8"), "next-action": "../../x" }, body: Buffer.from("[]") },
    { label: "form post: action id, junk fields", method: "POST", target, headers: { "content-type": `multipart/form-data; boundary=${B}` }, body: multipartBody(B, [[`$ACTION_ID_${a.id}`, ""], ...a.fieldNames.map((n, i) => [n, SMALL_FIELD_VALUES[i % SMALL_FIELD_VALUES.length]!] as [string, string])]) },
    { label: "form post: bad reference", method: "POST", target, headers: { "content-type": `multipart/form-data; boundary=${B}` }, body: multipartBody(B, [["$ACTION_REF_1", ""], ["$ACTION_1:0", `{"id":"${a.id}","bound":"$@1"}`], ["$ACTION_1:1", "notjson"]]) },
    { label: "form post: cross-origin", method: "POST", target, headers: { "content-type": `multipart/form-data; boundary=${B}`, origin: "https://evil.example" }, body: multipartBody(B, [[`$ACTION_ID_${a.id}`, ""]]) },
  ];
  for (const { label, args, heavy } of await shapeArgs(a)) {
    const { type, body } = await encoded(args);
    probes.push({ label: `args ${label}`, method: "POST", target, headers: h(type, { origin: `http://${host}` }), body, heavy });
  }
  return probes;
}
