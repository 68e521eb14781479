// Public site chrome. Nothing here reads cookies or headers: every public page stays statically cacheable.
// The publication's name and description come from its settings (the first-run setup writes them).
import { SiteChrome } from "@/components/site/site-chrome";
import { PUBLICATION } from "@/lib/shared/publication";
import { getSettings } from "@/lib/settings/settings";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const s = await getSettings();
  // the demo publication keeps its tagline; another publication's header shows its own description
  const own = s.publicationName !== PUBLICATION.name;
  return (
    <SiteChrome name={s.publicationName} tagline={own ? s.description : PUBLICATION.tagline} description={own ? s.description : PUBLICATION.description}>
      {children}
    </SiteChrome>
  );
}
