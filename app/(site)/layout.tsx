// Public site chrome. Nothing here reads cookies or headers: every public page stays statically cacheable.
// The publication's name, description, logo and accent colour come from settings (the first-run setup
// writes the first three; saving settings revalidates every page).
import { SiteChrome } from "@/components/site/site-chrome";
import { PUBLICATION } from "@/lib/shared/publication";
import { getSettings } from "@/lib/settings/settings";
import { getSiteBrand } from "@/lib/settings/site-brand";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const [s, brand] = await Promise.all([getSettings(), getSiteBrand()]);
  // the demo publication keeps its tagline; another publication's header shows its own description
  const own = s.publicationName !== PUBLICATION.name;
  return (
    <SiteChrome brand={brand} name={s.publicationName} tagline={own ? s.description : PUBLICATION.tagline} description={own ? s.description : PUBLICATION.description}>
      {children}
    </SiteChrome>
  );
}
