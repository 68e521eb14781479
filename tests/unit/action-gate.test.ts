// The server-action transport check (issue 10, findings 13 and 16): malformed action requests get a 4xx
// from the gate instead of Next's 500, and well-formed ones — built here with React's own client
// encoder, as the browser builds them — reach the handler with their body intact. On a real HTTP
// server with the hook `next start` gets from instrumentation.ts.
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installSocketIpStamp } from "@/lib/server/socket-ip";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/server/request-gate";
import { checkReply } from "@/lib/server/action-reply";

const require = createRequire(import.meta.url);
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.node") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

const ACTION = "40" + "ab".repeat(20);
let port = 0;
let seen: { method?: string; url?: string; type?: string; body: string }[] = [];
const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    seen.push({ method: req.method, url: req.url, type: req.headers["content-type"], body: Buffer.concat(chunks).toString("utf8") });
    res.end("handled");
  });
});

beforeAll(async () => {
  installSocketIpStamp();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

type Sent = { status: number; body: string };

function send(path: string, headers: Record<string, string>, body?: Buffer | string, chunked = false): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const h: Record<string, string> = { host: `127.0.0.1:${port}`, ...headers };
    if (body !== undefined && !chunked) h["content-length"] = String(Buffer.byteLength(body));
    const req = request({ host: "127.0.0.1", port, method: "POST", path, headers: h }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on("error", reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** Serialises a FormData as the browser does (multipart with a boundary). */
async function multipart(form: FormData): Promise<{ type: string; body: Buffer }> {
  const r = new Response(form);
  return { type: r.headers.get("content-type")!, body: Buffer.from(await r.arrayBuffer()) };
}

async function action(args: unknown[], headers: Record<string, string> = {}): Promise<Sent> {
  const encoded = await encodeReply(args);
  if (typeof encoded === "string") return send("/subscribe", { "next-action": ACTION, "content-type": "text/plain;charset=UTF-8", ...headers }, encoded);
  const { type, body } = await multipart(encoded);
  return send("/subscribe", { "next-action": ACTION, "content-type": type, ...headers }, body);
}

const text = (body: string, headers: Record<string, string> = {}) =>
  send("/subscribe", { "next-action": ACTION, "content-type": "text/plain;charset=UTF-8", ...headers }, body);

describe("well-formed action requests pass, body intact", () => {
  it("a useActionState call with a FormData (multipart, with a file)", async () => {
    seen = [];
    const form = new FormData();
    form.append("email", "reader@example.com");
    form.append("cover", new Blob(["png bytes"], { type: "image/png" }), "cover.png");
    const r = await action([{ ok: false }, form]);
    expect(r).toEqual({ status: 200, body: "handled" });
    expect(seen[0]?.url).toBe("/subscribe");
    expect(seen[0]?.body).toContain("reader@example.com");
    expect(seen[0]?.body).toContain("png bytes");
  });

  it("plain values, dates, BigInts, Maps, Sets, undefined, escaped dollars and shared objects", async () => {
    seen = [];
    const shared = { a: 1 };
    const args = ["id-1", 2, new Date(0), 10n, undefined, NaN, -0, Infinity, new Map([["k", 1]]), new Set([1]), "$dollar", shared, shared, [shared]];
    const r = await action(args);
    expect(r.status).toBe(200);
    expect(seen).toHaveLength(1);
  });

  it("a string body (what encodeReply sends for simple arguments) is replayed byte for byte", async () => {
    seen = [];
    const body = JSON.stringify(["café ✓", { markdown: "# héllo" }]);
    expect((await text(body)).status).toBe(200);
    expect(seen[0]?.body).toBe(body);
  });

  it("a hand-written multipart call whose values contain the boundary text (parsed as Next parses it)", async () => {
    seen = [];
    const body = '--fz\r\nContent-Disposition: form-data; name="1_email"\r\n\r\nfz1@example.com\r\n--fz\r\nContent-Disposition: form-data; name="0"\r\n\r\n[{},"$K1"]\r\n--fz--\r\n';
    expect((await send("/subscribe", { "next-action": ACTION, "content-type": "multipart/form-data; boundary=fz" }, body)).status).toBe(200);
    expect(seen[0]?.body).toBe(body);
  });

  it("same-origin Origin passes; a form post to a page with the action fields passes", async () => {
    expect((await action(["x"], { origin: `http://127.0.0.1:${port}` })).status).toBe(200);
    const form = new FormData();
    form.append(`$ACTION_ID_${ACTION}`, "");
    form.append("email", "a@example.com");
    const { type, body } = await multipart(form);
    expect((await send("/subscribe", { "content-type": type }, body)).status).toBe(200);
  });
});

describe("malformed action requests are refused before Next", () => {
  it.each([
    ["invalid JSON", "[zxc"],
    ["a string instead of the argument list", '"x"'],
    ["an object instead of the argument list", '{"a":1}'],
    ["a reference to a missing field", '["$1"]'],
    ["a promise of a missing field", '["$@7"]'],
    ["a bare dollar", '["$"]'],
    ["a BigInt of letters", '["$nabc"]'],
    ["a server reference", '["$h1"]'],
    ["a temporary reference", '["$T"]'],
    ["a stream", '["$R1"]'],
    ["an unknown tag", '["$zz"]'],
    ["a path that does not resolve", '[{"a":1},"$0:9"]'],
    ["nesting past the decoder's stack", "[".repeat(5000) + "]".repeat(5000)],
    ["more than 1000 arguments", JSON.stringify(new Array(1001).fill(0))],
  ])("%s → 400", async (_why, body) => {
    seen = [];
    const r = await text(body);
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/^Bad request: /);
    expect(seen).toHaveLength(0);
  });

  it("invalid UTF-8 → 400", async () => {
    expect((await text(Buffer.from([0x5b, 0x22, 0xc3, 0x28, 0x22, 0x5d]) as unknown as string)).status).toBe(400);
  });

  it("broken multipart (fetch and form post) → 400", async () => {
    const bad = "--xyz\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[]"; // never closed
    expect((await send("/subscribe", { "next-action": ACTION, "content-type": "multipart/form-data; boundary=xyz" }, bad)).status).toBe(400);
    expect((await send("/subscribe", { "content-type": "multipart/form-data; boundary=xyz" }, "garbage")).status).toBe(400);
    expect((await send("/subscribe", { "content-type": "multipart/form-data" }, "x")).status).toBe(400);
  });

  it("a form post whose action metadata or bound arguments are not JSON → 400", async () => {
    for (const entries of [
      [["$ACTION_REF_1", ""]],
      [["$ACTION_REF_1", ""], ["$ACTION_1:0", "junk"]],
      [["$ACTION_REF_1", ""], ["$ACTION_1:0", JSON.stringify({ id: ACTION, bound: "$@1" })], ["$ACTION_1:1", "notjson"]],
    ]) {
      const form = new FormData();
      for (const [k, v] of entries) form.append(k!, v!);
      const { type, body } = await multipart(form);
      expect((await send("/subscribe", { "content-type": type }, body)).status).toBe(400);
    }
  });

  it("multipart fetch action without its root field → 400", async () => {
    const form = new FormData();
    form.append("email", "a@example.com");
    const { type, body } = await multipart(form);
    expect((await send("/subscribe", { "next-action": ACTION, "content-type": type }, body)).status).toBe(400);
  });

  it("Origin: malformed → 400, null or another site → 403", async () => {
    expect((await text("[]", { origin: "http://[" })).status).toBe(400);
    expect((await text("[]", { origin: "null" })).status).toBe(403);
    expect((await text("[]", { origin: "http://evil.example" })).status).toBe(403);
    const form = new FormData();
    form.append("x", "y");
    const { type, body } = await multipart(form);
    expect((await send("/subscribe", { "content-type": type, origin: "https://evil.example" }, body)).status).toBe(403);
  });

  it("a chunked body (no length) → 411; over the limit → 413; JSON → 415", async () => {
    expect((await send("/subscribe", { "next-action": ACTION, "content-type": "text/plain" }, "[]", true)).status).toBe(411);
    const big = "a".repeat(ACTION_BODY_LIMIT_BYTES + 10);
    expect((await text(big)).status).toBe(413);
    expect((await send("/subscribe", { "content-type": "multipart/form-data; boundary=x" }, big)).status).toBe(413);
    expect((await send("/subscribe", { "next-action": ACTION, "content-type": "application/json" }, "[]")).status).toBe(415);
  });

  it("ordinary posts are not touched: JSON to a route, urlencoded to a page", async () => {
    seen = [];
    expect((await send("/api/subscribe", { "content-type": "application/json" }, "{bad")).body).toBe("handled");
    expect((await send("/subscribe", { "content-type": "application/x-www-form-urlencoded" }, "a=%zz")).body).toBe("handled");
    expect(seen).toHaveLength(2);
  });
});

describe("checkReply", () => {
  it("accepts a cycle through the root and checks its path afterwards", () => {
    const fields = (body: string) => ({ text: new Map([["0", body]]), files: new Set<string>() });
    expect(checkReply(fields('[{"a":1},"$0:0"]'))).toBeNull();
    expect(checkReply(fields('[{"a":1},"$0:0:a"]'))).toBeNull();
    expect(checkReply(fields('[{"a":1},"$0:0:b"]'))).toMatch(/path/);
  });
});
