// The client IP comes from the TCP socket: a client cannot set the private header or reset a rate
// limit by sending X-Forwarded-For. TRUST_PROXY picks a proxy header explicitly.
import { createServer, request, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientIpFrom, SOCKET_IP_HEADER } from "@/lib/server/client-ip";
import { installSocketIpStamp } from "@/lib/server/socket-ip";

function get(port: number, headers: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/", headers }, (res) => {
      res.resume();
      res.on("end", () => resolve());
    });
    req.on("error", reject);
    req.end();
  });
}

describe("client IP", () => {
  it("stamps the socket address over any client-sent copy, before handlers run", async () => {
    installSocketIpStamp();
    installSocketIpStamp(); // idempotent
    let seen: IncomingHttpHeaders | undefined;
    const server = createServer((req, res) => {
      seen = req.headers;
      res.end("ok");
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const { port } = server.address() as AddressInfo;
    await get(port, { "x-forwarded-for": "6.6.6.6", [SOCKET_IP_HEADER]: "7.7.7.7" });
    server.close();
    const h = new Headers(seen as Record<string, string>);
    expect(h.get(SOCKET_IP_HEADER)).toBe("127.0.0.1");
    expect(clientIpFrom(h, "none")).toBe("127.0.0.1");
  });

  it("TRUST_PROXY selects the header: right-most X-Forwarded-For entry, or X-Real-IP / CF-Connecting-IP", () => {
    const h = new Headers({ [SOCKET_IP_HEADER]: "10.0.0.2", "x-forwarded-for": "1.1.1.1, 203.0.113.5", "x-real-ip": "203.0.113.6", "cf-connecting-ip": "203.0.113.7" });
    expect(clientIpFrom(h, "none")).toBe("10.0.0.2");
    expect(clientIpFrom(h, "x-forwarded-for")).toBe("203.0.113.5");
    expect(clientIpFrom(h, "x-real-ip")).toBe("203.0.113.6");
    expect(clientIpFrom(h, "cf-connecting-ip")).toBe("203.0.113.7");
    expect(clientIpFrom(new Headers({ [SOCKET_IP_HEADER]: "10.0.0.3" }), "x-real-ip")).toBe("10.0.0.3");
    expect(clientIpFrom(new Headers(), "none")).toBe("unknown");
  });
});
