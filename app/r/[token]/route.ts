// Click tracking: records the click and redirects to the link's target. Only links we signed and
// stored redirect (the target comes from the database, never from the URL): anything else is a 404.
import { recordClick } from "@/lib/sends/tracking";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const url = token.length <= 300 ? await recordClick(token, req.headers.get("user-agent")) : null;
  if (!url) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain", "cache-control": "no-store" } });
  return new Response(null, { status: 302, headers: { location: url, "cache-control": "no-store", "referrer-policy": "no-referrer" } });
}
