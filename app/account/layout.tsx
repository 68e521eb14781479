// The account pages wear the site's chrome; the pages themselves are per viewer (requireViewer).
import { SiteChrome } from "@/components/site/site-chrome";

export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
