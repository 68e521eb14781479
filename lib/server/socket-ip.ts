// Next.js does not expose the TCP peer address to route handlers or server actions (NextRequest.ip is
// gone, and Next fills x-forwarded-for from the socket only when the client did not send one, so that
// header can be spoofed). Installed once from instrumentation.ts, this stamps the socket address into a
// private header on every incoming request before Next sees it, overwriting any client-sent copy, and
// refuses what Next cannot parse (lib/server/request-gate.ts, and lib/server/action-gate.ts for
// server-action requests, whose body it reads and checks before handing it on).
import http from "node:http";
import { SOCKET_IP_HEADER } from "./client-ip";
import { actionKind, checkActionBody, checkActionHeaders, readBody, replayRequest } from "./action-gate";
import { gateRequest, type GateRefusal } from "./request-gate";
import { dropJunkCallbackCookie } from "../auth/callback-cookie";

const MARK = Symbol.for("weekly-outlook.socket-ip");

function refuse(res: http.ServerResponse, refusal: GateRefusal, bodyUnread: boolean): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(refusal.status, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    ...(refusal.status === 405 ? { allow: "GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS" } : {}),
    // a body we did not read is not worth reading to keep the connection
    ...(bodyUnread ? { connection: "close" } : {}),
  });
  res.end(refusal.message);
}

export function installSocketIpStamp(): void {
  const proto = http.Server.prototype as http.Server & { [MARK]?: boolean };
  if (proto[MARK]) return;
  proto[MARK] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event !== "request") return emit.call(this, event, ...args);
    const req = args[0] as http.IncomingMessage | undefined;
    const res = args[1] as http.ServerResponse | undefined;
    if (!req?.headers || !res) return emit.call(this, event, ...args);
    req.headers[SOCKET_IP_HEADER] = req.socket?.remoteAddress ?? "";
    const cookie = dropJunkCallbackCookie(req.headers.cookie);
    if (cookie !== null) req.headers.cookie = cookie;
    const refusal = gateRequest(req.method, req.url);
    const hasBody = req.headers["content-length"] !== undefined || req.headers["transfer-encoding"] !== undefined;
    if (refusal) {
      refuse(res, refusal, hasBody);
      return true;
    }
    const kind = actionKind(req.method, req.url, req.headers);
    if (!kind) return emit.call(this, event, ...args);
    const early = checkActionHeaders(kind, req.headers);
    if (early) {
      refuse(res, early, hasBody);
      return true;
    }
    readBody(req).then(
      async (body) => {
        if (body === null) return refuse(res, { status: 413, message: "Request body too large." }, true);
        let bad: GateRefusal | null = null;
        try {
          bad = await checkActionBody(kind, req.headers, body);
        } catch (e) {
          // a fault in the check itself: leave the request to Next rather than answer for it
          console.error("[action-gate] check failed", e);
        }
        if (bad) return refuse(res, bad, false);
        emit.call(this, event, replayRequest(req, body), res, ...args.slice(2));
      },
      () => res.destroy(),
    );
    return true;
  } as typeof proto.emit;
}
