// next-auth's callback-url cookie, cleaned before next-auth reads it (issue 10, finding 11). next-auth
// answers 500 (InvalidCallbackUrl) to every endpoint while the browser holds a callback-url cookie it
// cannot parse, so one junk cookie (a tossed cookie, an old version's) would block sign-in in that
// browser for good. next-auth reads cookies through next/headers, i.e. from the incoming request, so
// the cleaning happens at the HTTP gate (lib/server/socket-ip.ts), before Next sees the request.
// Dependency-free: it runs for every request.

const NAME = /^\s*(?:__Secure-)?next-auth\.callback-url=/;

/** What next-auth accepts as a callback URL: an http(s) URL, absolute or a path. */
function isAcceptedByNextAuth(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? "http://x.invalid" : undefined).protocol);
  } catch {
    return false;
  }
}

/** The Cookie header without callback-url cookies next-auth would fail on; null when nothing changes. */
export function dropJunkCallbackCookie(cookieHeader: string | undefined): string | null {
  if (!cookieHeader || !cookieHeader.includes("next-auth.callback-url=")) return null;
  let dropped = false;
  const kept = cookieHeader.split(";").filter((pair) => {
    if (!NAME.test(pair)) return true;
    const raw = pair.slice(pair.indexOf("=") + 1).trim();
    let value: string;
    try {
      value = decodeURIComponent(raw);
    } catch {
      dropped = true;
      return false;
    }
    if (isAcceptedByNextAuth(value)) return true;
    dropped = true;
    return false;
  });
  return dropped ? kept.map((p) => p.trim()).filter(Boolean).join("; ") : null;
}
