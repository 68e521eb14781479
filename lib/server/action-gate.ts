// The transport check for server-action requests, run by the HTTP gate before Next sees them. Next 16
// answers every malformed action request with a 500: a cross-site or malformed Origin, a body over
// serverActions.bodySizeLimit sent chunked, a body that is not a reply React can decode (bad JSON,
// broken multipart, dangling references), a non-array argument list. This refuses each with its 4xx
// (400 malformed, 403 cross-origin, 411 no length, 413 too large, 415 wrong type), then hands Next the
// body it has read. What reaches an action is a well-formed argument list; whether its values are the
// right ones is the action's own schema's business (lib/server/action.ts).
import http from "node:http";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { checkFormAction, checkReply, type ReplyFields } from "./action-reply";
import { ACTION_BODY_LIMIT_BYTES, type GateRefusal } from "./request-gate";

export type ActionKind = "fetch" | "form";
type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

let routeHandlers: RegExp[] | null = null;

/** Route handlers (route.ts) in the build: a multipart POST to one of them is no form action. */
function routeHandlerPatterns(): RegExp[] {
  if (routeHandlers) return routeHandlers;
  try {
    const manifest = JSON.parse(readFileSync(path.join(process.cwd(), ".next", "server", "app-paths-manifest.json"), "utf8")) as Record<string, string>;
    routeHandlers = Object.keys(manifest)
      .filter((k) => k.endsWith("/route"))
      .map((k) => {
        const segments = k
          .slice(0, -"/route".length)
          .split("/")
          .filter((s) => s && !(s.startsWith("(") && s.endsWith(")")));
        const body = segments
          .map((s) => {
            if (/^\[\[\.\.\..+\]\]$/.test(s)) return "(?:/.*)?";
            if (/^\[\.\.\..+\]$/.test(s)) return "/.+";
            if (/^\[.+\]$/.test(s)) return "/[^/]+";
            return "/" + s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          })
          .join("");
        return new RegExp(`^${body || "/"}/?$`);
      });
  } catch {
    routeHandlers = [];
  }
  return routeHandlers;
}

/** "fetch": a call from the client (Next-Action header); "form": a multipart post to a page, which Next tries as a no-JavaScript form action. */
export function actionKind(method: string | undefined, url: string | undefined, headers: Headers): ActionKind | null {
  if ((method ?? "").toUpperCase() !== "POST") return null;
  if (header(headers, "next-action") !== undefined) return "fetch";
  const type = (header(headers, "content-type") ?? "").toLowerCase();
  if (!type.startsWith("multipart/form-data")) return null;
  const raw = url ?? "/";
  const q = raw.indexOf("?");
  let pathname = q < 0 ? raw : raw.slice(0, q);
  try {
    pathname = decodeURIComponent(pathname);
  } catch {
    return null; // the request gate has refused it already
  }
  return routeHandlerPatterns().some((re) => re.test(pathname)) ? null : "form";
}

/** What can be refused from the headers alone: the Origin (as Next checks it, answered 400/403 instead of 500), the length and the type. */
export function checkActionHeaders(kind: ActionKind, headers: Headers): GateRefusal | null {
  const origin = header(headers, "origin");
  if (origin !== undefined) {
    if (origin === "null") return { status: 403, message: "Cross-origin request refused." };
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      return { status: 400, message: "Bad request: malformed Origin header." };
    }
    const forwarded = header(headers, "x-forwarded-host")?.split(",")[0]?.trim();
    const host = forwarded || header(headers, "host");
    if (!host || host !== originHost) return { status: 403, message: "Cross-origin request refused." };
  }
  if (header(headers, "transfer-encoding") !== undefined) return { status: 411, message: "A server action request needs a Content-Length." };
  const length = Number(header(headers, "content-length") ?? 0);
  if (!Number.isFinite(length) || length < 0) return { status: 400, message: "Bad request: malformed Content-Length." };
  if (length > ACTION_BODY_LIMIT_BYTES) return { status: 413, message: "Request body too large." };
  if (kind === "fetch") {
    const type = (header(headers, "content-type") ?? "").toLowerCase();
    if (!type.startsWith("text/plain") && !type.startsWith("multipart/form-data")) return { status: 415, message: "A server action request is text/plain or multipart/form-data." };
  }
  return null;
}

type Busboy = NodeJS.WritableStream & { on(event: string, listener: (...args: never[]) => void): Busboy };
// Next parses a fetch action's multipart body with its own copy of busboy; the same parser here gives the
// same verdict on what is well-formed.
const busboy = createRequire(import.meta.url)("next/dist/compiled/busboy") as (config: object) => Busboy;

function busboyFields(contentType: string, body: Buffer): Promise<ReplyFields | null> {
  return new Promise((resolve) => {
    let parser: Busboy;
    try {
      parser = busboy({ headers: { "content-type": contentType }, defParamCharset: "utf8", limits: { fieldSize: ACTION_BODY_LIMIT_BYTES } });
    } catch {
      return resolve(null); // not multipart, or no boundary
    }
    const fields: ReplyFields = { text: new Map(), files: new Set() };
    parser.on("field", (name: string, value: string) => fields.text.set(name, value));
    parser.on("file", (name: string, stream: NodeJS.ReadableStream) => {
      fields.files.add(name);
      stream.resume();
    });
    parser.on("error", () => resolve(null));
    parser.on("close", () => resolve(fields));
    parser.end(body);
  });
}

// A form post (no JavaScript) is parsed by Next with the platform's Request.formData(): the same here.
async function platformFields(contentType: string, body: Buffer): Promise<ReplyFields | null> {
  let form: FormData;
  try {
    form = await new Request("http://gate.invalid/", { method: "POST", headers: { "content-type": contentType }, body: new Uint8Array(body) }).formData();
  } catch {
    return null;
  }
  const fields: ReplyFields = { text: new Map(), files: new Set() };
  for (const [name, value] of form.entries()) {
    if (typeof value === "string") fields.text.set(name, value);
    else fields.files.add(name);
  }
  return fields;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The body, read in full: is it a reply React can decode (fetch) or a well-formed form action (form)? */
export async function checkActionBody(kind: ActionKind, headers: Headers, body: Buffer): Promise<GateRefusal | null> {
  const type = header(headers, "content-type") ?? "";
  const bad = (why: string): GateRefusal => ({ status: 400, message: `Bad request: ${why}.` });
  if (kind === "fetch" && type.toLowerCase().startsWith("text/plain")) {
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      return bad("the body is not UTF-8");
    }
    const error = checkReply({ text: new Map([["0", text]]), files: new Set() });
    return error ? bad(error) : null;
  }
  const fields = kind === "fetch" ? await busboyFields(type, body) : await platformFields(type, body);
  if (!fields) return bad("malformed multipart body");
  if (kind === "fetch") {
    const error = checkReply(fields);
    return error ? bad(error) : null;
  }
  const { error } = checkFormAction(fields);
  return error ? bad(error) : null;
}

/** Reads the whole body (at most `limit` bytes; the caller has checked Content-Length). */
export function readBody(req: http.IncomingMessage, limit = ACTION_BODY_LIMIT_BYTES): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
    req.on("aborted", () => reject(new Error("aborted")));
  });
}

/** A request carrying the same head as `req` and the body already read, for Next to consume. */
export function replayRequest(req: http.IncomingMessage, body: Buffer): http.IncomingMessage {
  const copy = new http.IncomingMessage(req.socket);
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.httpVersion = req.httpVersion;
  copy.method = req.method;
  copy.url = req.url;
  copy.headers = req.headers;
  copy.rawHeaders = req.rawHeaders;
  copy.trailers = req.trailers;
  copy.rawTrailers = req.rawTrailers;
  copy.complete = true;
  copy._read = () => {};
  if (body.length > 0) copy.push(body);
  copy.push(null);
  return copy;
}
