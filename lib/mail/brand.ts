// The email design from settings, with the logo as an absolute URL (mail clients have no base URL).
import "server-only";
import type { EmailBrand } from "@/emails/_components/layout";
import { absoluteUrl } from "../server/site-url";
import { getSettings, type Settings } from "../settings/settings";

export function brandFromSettings(s: Settings): EmailBrand {
  return {
    logoUrl: s.logoUrl ? absoluteUrl(s.logoUrl) : "",
    header: s.emailHeader === "logo" && s.logoUrl ? "logo" : "title",
    accent: s.accentColor,
    font: s.emailFont,
    footerText: s.emailFooter,
    showFeatureImage: s.emailShowFeatureImage,
  };
}

export async function emailBrand(): Promise<EmailBrand> {
  return brandFromSettings(await getSettings());
}
