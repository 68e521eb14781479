// The web app manifest: name and icons for "Add to home screen" (the icons are app/icon.svg drawn full-bleed).
import type { MetadataRoute } from "next";
import { PUBLICATION } from "@/lib/shared/publication";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: PUBLICATION.name,
    short_name: PUBLICATION.name,
    description: PUBLICATION.description,
    start_url: "/",
    display: "browser",
    background_color: "#fbfaf6",
    theme_color: "#9e1b22",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icon-192.png", type: "image/png", sizes: "192x192", purpose: "maskable" },
      { src: "/icon-512.png", type: "image/png", sizes: "512x512", purpose: "maskable" },
    ],
  };
}
