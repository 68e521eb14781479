// POST /api/subscribe — JSON or form-urlencoded {email, name?, newsletterIds?}; the same logic and the
// same uniform answer as the form. 202 accepted, 400 invalid, 413 too large, 415 wrong type, 429 limited.
import { NextResponse, type NextRequest } from "next/server";
import { getClientIp } from "@/lib/server/client-ip";
import { requestSubscription } from "@/lib/subscriptions/state";
import { readBodyLimited } from "@/lib/server/read-body";

const MAX_BODY = 16 * 1024;
const ACCEPTED = "Thanks! Check your inbox: we sent a link to confirm your subscription.";

function json(status: number, body: unknown, headers: Record<string, string> = {}) {
  return NextResponse.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
}

export async function POST(req: NextRequest) {
  const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json" && type !== "application/x-www-form-urlencoded") {
    return json(415, { error: "unsupported_media_type", message: "Send application/json or application/x-www-form-urlencoded." });
  }
  const body = await readBodyLimited(req, MAX_BODY);
  if (body === null) return json(413, { error: "payload_too_large", message: "Request body too large." });
  let raw: unknown;
  if (type === "application/json") {
    try {
      raw = JSON.parse(body);
    } catch {
      return json(400, { error: "invalid_json", message: "The body is not valid JSON." });
    }
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return json(400, { error: "invalid_body", message: "Send a JSON object." });
  } else {
    const form = new URLSearchParams(body);
    raw = { email: form.get("email") ?? undefined, name: form.get("name") ?? undefined, website: form.get("website") ?? undefined, newsletterIds: form.getAll("newsletterIds") };
  }
  const result = await requestSubscription(raw, await getClientIp(), "api");
  if (result.ok) return json(202, { ok: true, message: ACCEPTED });
  if (result.kind === "rate_limited") {
    return json(429, { error: "rate_limited", message: "Too many attempts. Please try again later." }, { "retry-after": String(result.retryAfterSeconds) });
  }
  return json(400, { error: "invalid_input", message: "Please correct the highlighted fields.", fieldErrors: result.fieldErrors });
}
