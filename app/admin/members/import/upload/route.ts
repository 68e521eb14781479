// Receives a CSV upload: the request body is streamed to a temp file (size-capped), never buffered.
import { MAX_IMPORT_BYTES, receiveImportUpload } from "@/lib/members/import";
import { requireEditor } from "@/lib/auth/guards";
import { isSameOriginRequest } from "@/lib/server/site-url";

export async function POST(req: Request) {
  await requireEditor("/admin/members/import");
  // Same-origin only: a cross-site form could otherwise push a file with the editor's cookie.
  if (!isSameOriginRequest(req.headers)) return Response.json({ ok: false, error: "Cross-origin upload refused." }, { status: 403 });
  if (!req.body) return Response.json({ ok: false, error: "No file received." }, { status: 400 });
  const r = await receiveImportUpload(req.body);
  return Response.json(r, { status: r.ok ? 200 : 413 });
}

/** The upload's limits, for a client that wants to check a file before sending it. */
export async function GET() {
  await requireEditor("/admin/members/import");
  return Response.json({ method: "POST", contentType: "text/csv", maxBytes: MAX_IMPORT_BYTES });
}
