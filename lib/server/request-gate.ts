// The HTTP-level gate in front of Next (installed with the socket-IP stamp): requests that no route can
// answer well are refused with a clear 4xx before Next parses them — which would otherwise throw (500):
// a malformed percent-encoding in the path and a method no route serves (TRACE, CONNECT, …). Server
// action requests get their own check (lib/server/action-gate.ts), which refuses a body over this limit.
/** next.config.js serverActions.bodySizeLimit ("2mb"), in bytes. */
export const ACTION_BODY_LIMIT_BYTES = 2 * 1024 * 1024;
const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

export type GateRefusal = { status: 400 | 403 | 405 | 411 | 413 | 415; message: string };

export function gateRequest(method: string | undefined, url: string | undefined): GateRefusal | null {
  if (!METHODS.has((method ?? "").toUpperCase())) return { status: 405, message: "Method not allowed." };
  const raw = url ?? "/";
  const q = raw.indexOf("?");
  const path = q < 0 ? raw : raw.slice(0, q);
  try {
    decodeURIComponent(path);
  } catch {
    return { status: 400, message: "Bad request: the address has an invalid percent-encoding." };
  }
  return null;
}
