// The account pages wear the site's chrome (logo and accent from settings); the pages themselves are per viewer (requireViewer).
import { SiteChrome } from "@/components/site/site-chrome";
import { getSiteBrand } from "@/lib/settings/site-brand";

export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome brand={await getSiteBrand()}>{children}</SiteChrome>;
}
