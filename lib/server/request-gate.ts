// The HTTP-level gate in front of Next (installed with the socket-IP stamp): requests that no route can
// answer well are refused with a clear 4xx before Next parses them — which would otherwise throw (500):
// a malformed percent-encoding in the path, a method no route serves (TRACE, CONNECT, …), and a server
// action body over the configured limit (next.config.js serverActions.bodySizeLimit).
export const ACTION_BODY_LIMIT_BYTES = 2 * 1024 * 1024;
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

export type GateRefusal = { status: 400 | 405 | 413; message: string };

export function gateRequest(method: string | undefined, url: string | undefined, headers: Record<string, string | string[] | undefined>): GateRefusal | null {
  if (!METHODS.has((method ?? "").toUpperCase())) return { status: 405, message: "Method not allowed." };
  const raw = url ?? "/";
  const q = raw.indexOf("?");
  const path = q < 0 ? raw : raw.slice(0, q);
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, message: "Bad request: the address has an invalid percent-encoding." };
  }
  if (headers["next-action"] !== undefined) {
    const length = Number(headers["content-length"] ?? 0);
    if (Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES) return { status: 413, message: "Request body too large." };
  }
  return null;
}
