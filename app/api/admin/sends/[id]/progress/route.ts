// Live progress of a send for the send page (polled every second). Editors only.
import { getSendProgress } from "@/lib/sends/results";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const progress = await getSendProgress(id);
  if (!progress) return Response.json({ error: "not found" }, { status: 404, headers: { "cache-control": "no-store" } });
  return Response.json(progress, { headers: { "cache-control": "no-store" } });
}
