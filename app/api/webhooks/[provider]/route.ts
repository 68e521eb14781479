// Provider webhooks for bounces, complaints and deliveries: /api/webhooks/ses | mailgun | postmark |
// sendgrid. No session: each provider's signature (or basic auth) is the credential, checked in
// lib/deliverability/webhooks before anything is read or stored.
import { handleProviderWebhook } from "@/lib/deliverability/webhooks";

export const dynamic = "force-dynamic";

export async function POST(req: Request, ctx: { params: Promise<{ provider: string }> }) {
  const { provider } = await ctx.params;
  return handleProviderWebhook(provider, req);
}
