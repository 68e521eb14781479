// Shared frame of every email: masthead, body, and the footer with the publication's postal address.
import { Body, Container, Head, Hr, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

export type EmailFooter = { postalAddress: string; unsubscribeUrl?: string; preferencesUrl?: string; reason?: string };

export const colors = { ink: "#1c1b19", muted: "#5f5b53", accent: "#8a1c1c", rule: "#e4dfd6", paper: "#faf8f4" };
export const fonts = { serif: "Georgia, 'Times New Roman', serif", sans: "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif" };

export function EmailLayout({ preview, publicationName, footer, children }: { preview: string; publicationName: string; footer: EmailFooter; children: ReactNode }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: colors.paper, margin: 0, padding: "24px 0", fontFamily: fonts.sans, color: colors.ink }}>
        <Container style={{ maxWidth: 600, margin: "0 auto", backgroundColor: "#ffffff", padding: "32px 32px 24px", border: `1px solid ${colors.rule}` }}>
          <Text style={{ fontFamily: fonts.serif, fontSize: 26, fontWeight: 700, margin: "0 0 4px", color: colors.ink }}>{publicationName}</Text>
          <Hr style={{ borderColor: colors.accent, borderWidth: 2, margin: "8px 0 24px" }} />
          {children}
          <Hr style={{ borderColor: colors.rule, margin: "32px 0 16px" }} />
          <Section>
            {footer.reason ? <Text style={{ fontSize: 12, color: colors.muted, margin: "0 0 8px" }}>{footer.reason}</Text> : null}
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
export const button = {
  backgroundColor: colors.accent,
  color: "#ffffff",
  padding: "12px 20px",
  borderRadius: 4,
  fontWeight: 600,
  textDecoration: "none",
  display: "inline-block",
} as const;
