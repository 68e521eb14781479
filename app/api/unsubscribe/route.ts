// RFC 8058 one-click unsubscribe: POST with body "List-Unsubscribe=One-Click" to the signed URL from
// the List-Unsubscribe header. No session, cookie or CSRF token: the signature is the credential.
// GET never acts (scanners and prefetchers follow links): it forwards to the page with a button.
import { NextResponse, type NextRequest } from "next/server";
import { unsubscribe } from "@/lib/subscriptions/state";
import { verifyUnsubscribe } from "@/lib/subscriptions/unsubscribe-links";
import { absoluteUrl } from "@/lib/server/site-url";

const MAX_BODY = 4096;

function params(url: URL) {
  return { m: url.searchParams.get("m") ?? "", n: url.searchParams.get("n") ?? "", s: url.searchParams.get("s") ?? "", t: url.searchParams.get("t") ?? "" };
}

function text(status: number, body: string, headers: Record<string, string> = {}) {
  return new NextResponse(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers } });
}

export async function POST(req: NextRequest) {
  const link = params(req.nextUrl);
  // Any link we signed unsubscribes, however old the email it came in (unsubscribing must always work).
  if (!verifyUnsubscribe(link)) return text(400, "This unsubscribe link is not valid.");
  if (Number(req.headers.get("content-length") ?? 0) > MAX_BODY) return text(413, "Request body too large.");
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  let oneClick = false;
  if (type === "application/x-www-form-urlencoded" || type === "multipart/form-data") {
    try {
      const form = await req.formData();
      oneClick = form.get("List-Unsubscribe") === "One-Click";
    } catch {
      return text(400, "Malformed form body.");
    }
  } else if (type === "" || type === "text/plain") {
    const body = (await req.text()).slice(0, MAX_BODY);
    oneClick = new URLSearchParams(body.trim()).get("List-Unsubscribe") === "One-Click";
  } else {
    return text(415, "Send List-Unsubscribe=One-Click as application/x-www-form-urlencoded.");
  }
  if (!oneClick) return text(400, "Expected the body List-Unsubscribe=One-Click (RFC 8058).");
  await unsubscribe(link.m, link.n, "one_click");
  return text(200, "You are unsubscribed.");
}

export function GET(req: NextRequest) {
  const q = new URLSearchParams(Object.entries(params(req.nextUrl)).filter(([, v]) => v !== ""));
  return NextResponse.redirect(absoluteUrl(`/unsubscribe?${q.toString()}`), 303);
}
