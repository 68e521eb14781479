// Skip link, header, main landmark and footer around public pages (also used by the root 404).
import { PUBLICATION } from "@/lib/shared/publication";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

export function SiteChrome({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader name={PUBLICATION.name} tagline={PUBLICATION.tagline} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter name={PUBLICATION.name} description={PUBLICATION.description} />
    </>
  );
}
