// next-auth's endpoints (email callback, session, csrf, sign-out). Requests for a link that come
// straight to next-auth are rate limited here like the /signin form.
import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { authOptions } from "@/lib/auth-options";
import { clientIp } from "@/lib/rate-limit";
import { checkSignInRateLimit } from "@/lib/signin";

const nextAuth = NextAuth(authOptions);
type Ctx = { params: Promise<{ nextauth: string[] }> };

export async function GET(req: NextRequest, ctx: Ctx) {
  return nextAuth(req, ctx);
}

export async function POST(req: NextRequest, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  if (nextauth[0] === "signin" && nextauth[1] === "email") {
    const form = await req.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "");
    if (!(await checkSignInRateLimit(email, clientIp(req.headers)))) {
      return NextResponse.redirect(new URL("/signin?error=RateLimited", req.nextUrl), 303);
    }
  }
  return nextAuth(req, ctx);
}
