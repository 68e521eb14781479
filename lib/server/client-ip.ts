// The client's IP address for rate limits. From the TCP socket (stamped by lib/socket-ip.ts into a
// private header that clients cannot set), or — only when TRUST_PROXY names it — a proxy's header.
import "server-only";
import { env } from "./env";

/** Private header carrying the socket address; any copy sent by a client is overwritten. */
export const SOCKET_IP_HEADER = "x-weekly-outlook-socket-ip";

type HeaderBag = { get(name: string): string | null };

function clean(ip: string | undefined | null): string | null {
  const v = (ip ?? "").trim();
  if (!v || v.length > 64) return null;
  return v.startsWith("::ffff:") ? v.slice(7) : v;
}

/**
 * TRUST_PROXY=none: the socket address. x-forwarded-for: the right-most entry (the one our own proxy
 * appended; entries to its left are whatever the client claimed). x-real-ip / cf-connecting-ip: the
 * whole value, which the proxy overwrites. Falls back to the socket address, then "unknown".
 */
export function clientIpFrom(headers: HeaderBag, trust: typeof env.TRUST_PROXY = env.TRUST_PROXY): string {
  const socket = clean(headers.get(SOCKET_IP_HEADER));
  if (trust === "x-forwarded-for") {
    const parts = (headers.get("x-forwarded-for") ?? "").split(",");
    return clean(parts[parts.length - 1]) ?? socket ?? "unknown";
  }
  if (trust === "x-real-ip" || trust === "cf-connecting-ip") return clean(headers.get(trust)) ?? socket ?? "unknown";
  return socket ?? "unknown";
}

/** The client IP of the current request (server actions, route handlers, pages). */
export async function getClientIp(): Promise<string> {
  const { headers } = await import("next/headers");
  return clientIpFrom(await headers());
}
