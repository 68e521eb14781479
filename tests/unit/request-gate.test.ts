// The HTTP gate in front of Next (issue 10, findings 12 and 16): invalid percent-encoding → 400, TRACE and
// other unserved methods → 405, an oversized server-action body → 413 — answered before any handler runs,
// on a real HTTP server with the same hook `next start` gets from instrumentation.ts.
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installSocketIpStamp } from "@/lib/server/socket-ip";
import { ACTION_BODY_LIMIT_BYTES } from "@/lib/server/request-gate";

let port = 0;
let handled = 0;
const server = createServer((_req, res) => {
  handled++;
  res.end("handled");
});

beforeAll(async () => {
  installSocketIpStamp();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function send(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path, headers }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the request gate", () => {
  it.each(["/articles/%E0%A4%A", "/topics/%", "/archive/%zz", "/api/members-content/articles/%C0%AF%"])("%s → 400 before any handler", async (path) => {
    const before = handled;
    const r = await send("GET", path);
    expect(r.status).toBe(400);
    expect(r.body).toMatch(/percent-encoding/);
    expect(handled).toBe(before);
  });

  it.each(["TRACE", "PROPFIND", "MKCOL"])("%s → 405", async (method) => {
    expect((await send(method, "/")).status).toBe(405);
  });

  it("a method Node's parser does not know (TRACK) is a 400 from Node itself, never reaching Next", async () => {
    const before = handled;
    expect((await send("TRACK", "/")).status).toBe(400);
    expect(handled).toBe(before);
  });

  it("an oversized server-action body → 413", async () => {
    const r = await send("POST", "/admin/articles", { "next-action": "abc", "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) });
    expect(r.status).toBe(413);
  });

  it("lets ordinary requests through, including valid encodings and odd queries", async () => {
    for (const path of ["/", "/articles/caf%C3%A9", "/search?q=%E0%A4%A", "/topics/energy?page=2"]) {
      expect((await send("GET", path)).body).toBe("handled");
    }
    expect((await send("POST", "/api/subscribe", { "content-length": "0" })).body).toBe("handled");
  });
});
