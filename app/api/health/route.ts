// Liveness and database reachability, for load balancers and the e2e runner; `boot` changes when the
// process restarts (the bad-input suite checks that it never does).
import { NextResponse } from "next/server";
import { bootId, checkDatabase } from "@/lib/server/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const ok = await checkDatabase();
  return NextResponse.json({ ok, boot: bootId() }, { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
