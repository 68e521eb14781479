// Accent colours that stay readable: WCAG contrast and the light/dark site palette derived from one setting.
export type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb | null {
  const m = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, "0")).join("")}`;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/** The colour, moved toward `towards` in small steps until it reaches `min` contrast on `bg`. */
export function readableOn(colour: Rgb, bg: Rgb, min = 4.5, towards: Rgb = [0, 0, 0]): Rgb {
  let c = colour;
  for (let t = 0.1; contrast(c, bg) < min && t <= 1.0001; t += 0.1) c = mix(colour, towards, t);
  return c;
}

export type AccentPalette = { light: { accent: string; ink: string; soft: string }; dark: { accent: string; ink: string; soft: string } };

const PAPER: Rgb = [0xfb, 0xfa, 0xf6];
const PAPER_DARK: Rgb = [0x15, 0x14, 0x12];

/**
 * The site's accent variables from one colour: as chosen on the light paper (darkened only if it
 * would be unreadable as link text), lightened for dark mode, with a text colour for buttons.
 */
export function accentPalette(hex: string): AccentPalette | null {
  const base = parseHex(hex);
  if (!base) return null;
  const light = readableOn(base, PAPER);
  const dark = readableOn(mix(base, [255, 255, 255], 0.45), PAPER_DARK, 4.5, [255, 255, 255]);
  const inkOn = (c: Rgb) => (contrast(c, [255, 255, 255]) >= contrast(c, [0x1a, 0x0d, 0x0c]) ? "#ffffff" : "#1a0d0c");
  return {
    light: { accent: toHex(light), ink: inkOn(light), soft: toHex(mix(PAPER, light, 0.1)) },
    dark: { accent: toHex(dark), ink: inkOn(dark), soft: toHex(mix(PAPER_DARK, dark, 0.16)) },
  };
}

/** The CSS that sets the site's accent variables; hex values only, so it is safe to inline. */
export function accentCss(hex: string): string {
  const p = accentPalette(hex);
  if (!p) return "";
  return `:root{--accent:${p.light.accent};--accent-ink:${p.light.ink};--accent-soft:${p.light.soft}}@media (prefers-color-scheme: dark){:root{--accent:${p.dark.accent};--accent-ink:${p.dark.ink};--accent-soft:${p.dark.soft}}}`;
}
