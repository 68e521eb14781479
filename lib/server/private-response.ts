// JSON answers that depend on who asks: never stored by a browser, proxy or CDN for anyone else.
import "server-only";
import { NextResponse } from "next/server";

export const PRIVATE_HEADERS = { "Cache-Control": "private, no-store, max-age=0", Vary: "Cookie" } as const;

export function privateJson(body: unknown, status = 200): NextResponse {
  return NextResponse.json(body, { status, headers: PRIVATE_HEADERS });
}
