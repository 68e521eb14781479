// The publication's name and pitch: plain constants shared by pages, components, feed and metadata.
export const PUBLICATION = {
  name: "Weekly Outlook",
  tagline: "Central and Eastern Europe, every Friday",
  description:
    "Weekly Outlook is an independent policy magazine on Central and Eastern Europe: reporting and analysis on politics, energy, security and economics from Tallinn to Tirana.",
  locale: "en_GB",
  language: "en",
} as const;
