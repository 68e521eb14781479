// The publication's look on the public site: the logo (measured) and the accent colour, from settings.
import "server-only";
import { cache } from "react";
import { imageInfo, type ImageInfo } from "../content/images";
import { isBuildPhase } from "../server/build-phase";
import { accentCss } from "../shared/colour";
import { DEFAULT_SETTINGS, getSettings } from "./settings";

export type SiteBrand = { logo: ImageInfo | null; accentCss: string };

/** Public facts: no access check. During `next build` (no database) the defaults, as the CSS has them. */
export const getSiteBrand = cache(async (): Promise<SiteBrand> => {
  if (isBuildPhase()) return { logo: null, accentCss: "" };
  const s = await getSettings();
  const logo = await imageInfo(s.logoUrl);
  return { logo, accentCss: s.accentColor === DEFAULT_SETTINGS.accentColor ? "" : accentCss(s.accentColor) };
});
