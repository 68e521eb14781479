// Reading a request body with a size cap, for route handlers that take raw bodies (subscribe, webhooks).
import "server-only";

/**
 * The body as UTF-8 text, reading at most `maxBytes`; null when it is larger — by its Content-Length or
 * once the streamed bytes pass the cap (the rest is never buffered).
 */
export async function readBodyLimited(req: Request, maxBytes: number): Promise<string | null> {
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) return null;
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
