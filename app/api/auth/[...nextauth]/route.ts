// next-auth's endpoints (email callback, session, csrf, sign-out). Requests for a link that come
// straight to next-auth are rate limited here like the /signin form.
import NextAuth from "next-auth";
import { NextRequest, NextResponse } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { clientIpFrom } from "@/lib/server/client-ip";
import { checkSignInRateLimit, recordSessionUserAgent, safeCallbackUrl } from "@/lib/auth/signin";
import { absoluteUrl } from "@/lib/server/site-url";

const nextAuth = NextAuth(authOptions);
type Ctx = { params: Promise<{ nextauth: string[] }> };

async function withUserAgent(req: NextRequest, res: Response): Promise<Response> {
  // After a magic-link callback, label the new session with its browser for the account page.
  const set = res.headers.getSetCookie?.() ?? [];
  const token = set.map((c) => /^(?:__Secure-)?next-auth\.session-token=([^;]+)/.exec(c)?.[1]).find(Boolean);
  if (token) await recordSessionUserAgent(decodeURIComponent(token), req.headers.get("user-agent"));
  return res;
}

/**
 * next-auth answers 500 (InvalidCallbackUrl) to a callbackUrl query it cannot parse. Hand it only
 * same-site absolute URLs: a junk value becomes "/". (A junk next-auth.callback-url cookie is dropped
 * before Next reads the request: lib/auth/callback-cookie.ts.)
 */
function cleanForNextAuth(req: NextRequest): NextRequest {
  const cb = req.nextUrl.searchParams.get("callbackUrl");
  if (cb === null) return req;
  const url = new URL(req.url);
  url.searchParams.set("callbackUrl", absoluteUrl(safeCallbackUrl(cb)));
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new NextRequest(url, { method: req.method, headers: req.headers, body: hasBody ? req.body : undefined, ...(hasBody ? { duplex: "half" } : {}) } as ConstructorParameters<typeof NextRequest>[1]);
}

export async function GET(req: NextRequest, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  // Login CSRF: a GET (a link, an <img>, a mail scanner) never spends a token or signs in. It
  // lands on our page whose button POSTs the same query here.
  if (nextauth[0] === "callback" && nextauth[1] === "email") {
    return NextResponse.redirect(absoluteUrl(`/signin/verify${req.nextUrl.search}`), 303);
  }
  return withUserAgent(req, await nextAuth(cleanForNextAuth(req), ctx));
}

export async function POST(req: NextRequest, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  if (nextauth[0] === "signin" && nextauth[1] === "email") {
    const form = await req.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "");
    if (!(await checkSignInRateLimit(email, clientIpFrom(req.headers)))) {
      return NextResponse.redirect(absoluteUrl("/signin?error=RateLimited"), 303);
    }
  }
  return withUserAgent(req, await nextAuth(cleanForNextAuth(req), ctx));
}
