// Skip link, header, main landmark and footer around public pages (also used by the root 404).
import { PUBLICATION } from "@/lib/shared/publication";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

type Props = { children: React.ReactNode; name?: string; tagline?: string; description?: string };

export function SiteChrome({ children, name = PUBLICATION.name, tagline = PUBLICATION.tagline, description = PUBLICATION.description }: Props) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader name={name} tagline={tagline} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter name={name} description={description} />
    </>
  );
}
