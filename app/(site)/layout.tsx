// Public site chrome. Nothing here reads cookies or headers: every public page stays statically cacheable.
// The logo and accent colour come from settings (saving settings revalidates every page).
import { SiteChrome } from "@/components/site/site-chrome";
import { getSiteBrand } from "@/lib/settings/site-brand";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome brand={await getSiteBrand()}>{children}</SiteChrome>;
}
