// Internal: revalidate the cached pages showing some content. Called by worker processes after the
// scheduler publishes (lib/content/revalidate-request.ts); authenticated by an AUTH_SECRET HMAC.
import { NextResponse } from "next/server";
import { revalidateArticle, revalidateAuthor, revalidateIssue, revalidateLists, revalidateTopic } from "@/lib/content/revalidate";
import { isRevalidationAuthorized, RevalidationTargetSchema } from "@/lib/content/revalidate-request";

export const dynamic = "force-dynamic";

export async function POST(req: Request) {
  if (!isRevalidationAuthorized(req.headers.get("authorization"))) {
    return NextResponse.json({ error: "Not authorized." }, { status: 401 });
  }
  let raw: unknown;
  try {
    raw = await req.json();
  } catch {
    return NextResponse.json({ error: "Send a JSON body." }, { status: 400 });
  }
  const parsed = RevalidationTargetSchema.safeParse(raw);
  if (!parsed.success) return NextResponse.json({ error: "Unknown revalidation target." }, { status: 400 });
  const t = parsed.data;
  for (const slug of t.articles) revalidateArticle(slug);
  for (const n of t.issues) revalidateIssue(n);
  for (const slug of t.authors) revalidateAuthor(slug);
  for (const slug of t.topics) revalidateTopic(slug);
  if (t.lists) revalidateLists();
  return NextResponse.json({ ok: true }, { headers: { "cache-control": "no-store" } });
}
