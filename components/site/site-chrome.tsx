// Skip link, header, main landmark and footer around public pages (also used by the root 404).
import { PUBLICATION } from "@/lib/shared/publication";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

export type ChromeBrand = { logo: { src: string; width: number | null; height: number | null } | null; accentCss: string };

type Props = { children: React.ReactNode; brand?: ChromeBrand; name?: string; tagline?: string; description?: string };

export function SiteChrome({ children, brand, name = PUBLICATION.name, tagline = PUBLICATION.tagline, description = PUBLICATION.description }: Props) {
  return (
    <>
      {/* Hex colours from settings only (lib/shared/colour.ts builds it), so it is safe to inline. */}
      {brand?.accentCss ? <style dangerouslySetInnerHTML={{ __html: brand.accentCss }} /> : null}
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader name={name} tagline={tagline} logo={brand?.logo ?? null} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter name={name} description={description} />
    </>
  );
}
