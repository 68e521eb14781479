// Public site chrome. Nothing here reads cookies or headers: every public page stays statically cacheable.
import { SiteChrome } from "@/components/site/site-chrome";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return <SiteChrome>{children}</SiteChrome>;
}
