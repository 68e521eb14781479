// Next.js does not expose the TCP peer address to route handlers or server actions (NextRequest.ip is
// gone, and Next fills x-forwarded-for from the socket only when the client did not send one, so that
// header can be spoofed). Installed once from instrumentation.ts, this stamps the socket address into a
// private header on every incoming request before Next sees it, overwriting any client-sent copy, and
// refuses what Next cannot parse (lib/server/request-gate.ts).
import http from "node:http";
import { SOCKET_IP_HEADER } from "./client-ip";
import { gateRequest } from "./request-gate";
import { dropJunkCallbackCookie } from "../auth/callback-cookie";

const MARK = Symbol.for("weekly-outlook.socket-ip");

export function installSocketIpStamp(): void {
  const proto = http.Server.prototype as http.Server & { [MARK]?: boolean };
  if (proto[MARK]) return;
  proto[MARK] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const req = args[0] as http.IncomingMessage | undefined;
      if (req?.headers) {
        req.headers[SOCKET_IP_HEADER] = req.socket?.remoteAddress ?? "";
        const cookie = dropJunkCallbackCookie(req.headers.cookie);
        if (cookie !== null) req.headers.cookie = cookie;
        const refusal = gateRequest(req.method, req.url, req.headers);
        const res = args[1] as http.ServerResponse | undefined;
        if (refusal && res) {
          res.writeHead(refusal.status, {
            "content-type": "text/plain; charset=utf-8",
            "cache-control": "no-store",
            ...(refusal.status === 405 ? { allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS" } : {}),
            ...(refusal.status === 413 ? { connection: "close" } : {}),
          });
          res.end(refusal.message);
          return true;
        }
      }
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
