// Provider webhooks (/api/webhooks/<provider>): size limit, the provider's own verification and parsing,
// then each report through recordDeliveryEvent. Bad input of any kind is a 4xx with a log line, never a
// 5xx and never a suppression; a replay answers 200 and changes nothing (so providers stop retrying).
import "server-only";
import { recordDeliveryEvent } from "./events";
import { parseMailgun } from "./webhooks/mailgun";
import { parsePostmark } from "./webhooks/postmark";
import { parseSendgrid } from "./webhooks/sendgrid";
import { parseSes } from "./webhooks/sns";
import type { Parsed, WebhookRequest } from "./webhooks/types";
import { readBodyLimited } from "../server/read-body";

export const MAX_WEBHOOK_BYTES = 1024 * 1024;

const PARSERS: Record<string, (r: WebhookRequest) => Promise<Parsed>> = { ses: parseSes, mailgun: parseMailgun, postmark: parsePostmark, sendgrid: parseSendgrid };

function answer(status: number, body: Record<string, unknown>): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

export async function handleProviderWebhook(provider: string, req: Request): Promise<Response> {
  const parse = PARSERS[provider];
  if (!parse) return answer(404, { ok: false, error: "unknown provider" });
  const body = await readBodyLimited(req, MAX_WEBHOOK_BYTES);
  if (body === null) {
    console.log(`[deliverability] ${provider} webhook refused: body over ${MAX_WEBHOOK_BYTES} bytes`);
    return answer(413, { ok: false, error: "body too large" });
  }
  const parsed = await parse({ body, headers: req.headers, url: new URL(req.url) });
  if (!parsed.ok) {
    console.log(`[deliverability] ${provider} webhook refused (${parsed.status}): ${parsed.reason}`);
    return answer(parsed.status, { ok: false, error: parsed.reason });
  }
  const counts = { applied: 0, duplicate: 0, ignored: 0 };
  for (const r of parsed.reports) counts[(await recordDeliveryEvent(r)).status]++;
  return answer(200, { ok: true, ...counts, ...(parsed.note ? { note: parsed.note } : {}) });
}
