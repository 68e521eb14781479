// Shared frame of every email: masthead, body, and the footer with the publication's postal address.
import { Body, Container, Head, Hr, Html, Img, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export type EmailFooter = { postalAddress: string; unsubscribeUrl?: string; preferencesUrl?: string; reason?: string };

export const colors = { ink: "#1c1b19", muted: "#5f5b53", accent: "#8a1c1c", rule: "#e4dfd6", paper: "#faf8f4" };
export const fonts = { serif: "Georgia, 'Times New Roman', serif", sans: "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif" };

/** The publication's email design (settings): masthead, accent colour, body font, footer text. */
export type EmailBrand = {
  /** Absolute URL of the logo, or empty. */
  logoUrl: string;
  header: "logo" | "title";
  accent: string;
  font: "serif" | "sans";
  footerText: string;
  showFeatureImage: boolean;
};

export const DEFAULT_BRAND: EmailBrand = { logoUrl: "", header: "title", accent: colors.accent, font: "sans", footerText: "", showFeatureImage: true };

/** The button of every email, in the brand's accent colour. */
export function buttonStyle(brand: EmailBrand = DEFAULT_BRAND) {
  return { ...button, backgroundColor: brand.accent };
}

// Dark-mode clients (Apple Mail, Outlook.com) invert or honour these; Gmail ignores media queries
// but keeps the light palette, which stays readable.
const DARK_CSS = `:root{color-scheme:light dark;supported-color-schemes:light dark}
@media (prefers-color-scheme: dark){body,.em-bg{background-color:#161513!important}.em-card{background-color:#1f1e1b!important;border-color:#34322d!important}.em-card,.em-card p,.em-card h1,.em-card h2,.em-card h3,.em-card li,.em-card td{color:#ecebe7!important}.em-muted{color:#b5b0a6!important}}`;

export function EmailLayout({
  preview,
  publicationName,
  footer,
  brand = DEFAULT_BRAND,
  children,
}: {
  preview: string;
  publicationName: string;
  footer: EmailFooter;
  brand?: EmailBrand;
  children: ReactNode;
}) {
  const showLogo = brand.header === "logo" && brand.logoUrl;
  return (
    <Html lang="en">
      <Head>
        <meta name="color-scheme" content="light dark" />
        <meta name="supported-color-schemes" content="light dark" />
        <style>{DARK_CSS}</style>
      </Head>
      <Preview>{preview}</Preview>
      <Body className="em-bg" style={{ backgroundColor: colors.paper, margin: 0, padding: "24px 0", fontFamily: fonts[brand.font], color: colors.ink }}>
        <Container className="em-card" style={{ maxWidth: 600, margin: "0 auto", backgroundColor: "#ffffff", padding: "32px 24px 24px", border: `1px solid ${colors.rule}` }}>
          {showLogo ? (
            <Img src={brand.logoUrl} alt={publicationName} height={48} style={{ height: 48, width: "auto", maxWidth: "100%", margin: "0 0 4px", border: 0 }} />
          ) : (
            <Text style={{ fontFamily: fonts.serif, fontSize: 26, fontWeight: 700, margin: "0 0 4px", color: colors.ink }}>{publicationName}</Text>
          )}
          <Hr style={{ borderColor: brand.accent, borderWidth: 2, margin: "8px 0 24px" }} />
          {children}
          <Hr style={{ borderColor: colors.rule, margin: "32px 0 16px" }} />
          <Section>
            {brand.footerText ? <Text className="em-muted" style={{ fontSize: 13, color: colors.muted, margin: "0 0 8px", whiteSpace: "pre-line" }}>{brand.footerText}</Text> : null}
            {footer.reason ? <Text className="em-muted" style={{ fontSize: 12, color: colors.muted, margin: "0 0 8px" }}>{footer.reason}</Text> : null}
            {footer.unsubscribeUrl ? (
              <Text style={{ fontSize: 12, color: colors.muted, margin: "0 0 8px" }}>
                <Link href={footer.unsubscribeUrl} style={{ color: colors.muted, textDecoration: "underline" }}>
                  Unsubscribe
                </Link>
                {footer.preferencesUrl ? (
                  <>
                    {" · "}
                    <Link href={footer.preferencesUrl} style={{ color: colors.muted, textDecoration: "underline" }}>
                      Manage your subscription
                    </Link>
                  </>
                ) : null}
              </Text>
            ) : null}
            <Text style={{ fontSize: 12, color: colors.muted, margin: 0 }}>{footer.postalAddress}</Text>
          </Section>
        </Container>
      </Body>
    </Html>
  );
}

export const paragraph = { fontSize: 16, lineHeight: "26px", margin: "0 0 16px", color: colors.ink } as const;
/** A link printed as text (to copy and paste): long tokens break anywhere instead of widening a phone screen. */
export const urlText = { wordBreak: "break-all", overflowWrap: "anywhere" } as const;
export const button = {
  backgroundColor: colors.accent,
  color: "#ffffff",
  padding: "12px 20px",
  borderRadius: 4,
  fontWeight: 600,
  textDecoration: "none",
  display: "inline-block",
} as const;
