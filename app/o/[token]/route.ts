// The open-tracking pixel: a 1×1 transparent GIF, never cached; records an open for signed tokens.
import { recordOpen } from "@/lib/sends/tracking";

export const dynamic = "force-dynamic";

const GIF = Buffer.from("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", "base64");

export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  if (token.length <= 300) {
    try {
      await recordOpen(token, req.headers.get("user-agent"));
    } catch (e) {
      console.error("[open] not recorded:", (e as Error).message);
    }
  }
  return new Response(new Uint8Array(GIF), { status: 200, headers: { "content-type": "image/gif", "cache-control": "no-store, private", "content-length": String(GIF.length) } });
}
