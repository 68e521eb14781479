// Magic-link sign-in: a button to our landing page (scanners that follow links use nothing) and the
// same sign-in as a 6-digit code to type into the "check your inbox" page.
import { Button, Section, Text } from "@react-email/components";
import { colors, EmailLayout, paragraph , buttonStyle, type EmailBrand } from "./_components/layout";

export type SignInEmailProps = { brand?: EmailBrand; publicationName: string; postalAddress: string; url: string; code: string; expiresMinutes: number };

export default function SignInEmail({ brand, publicationName, postalAddress, url, code, expiresMinutes }: SignInEmailProps) {
  return (
    <EmailLayout brand={brand}
      preview={`Your sign-in code is ${code}`}
      publicationName={publicationName}
      footer={{ postalAddress, reason: "You received this because someone asked to sign in with this address. If it was not you, ignore it: nothing happens." }}
    >
      <Text style={paragraph}>Click the button to sign in to {publicationName}.</Text>
      <Section style={{ margin: "0 0 24px" }}>
        <Button href={url} style={buttonStyle(brand)}>
          Sign in to {publicationName}
        </Button>
      </Section>
      <Text style={paragraph}>Or type this code on the page where you asked to sign in:</Text>
      <Text style={{ fontFamily: "ui-monospace, Menlo, Consolas, monospace", fontSize: 28, letterSpacing: 6, fontWeight: 700, margin: "0 0 24px", color: colors.ink }}>
        {code}
      </Text>
      <Text style={{ ...paragraph, fontSize: 14, color: colors.muted }}>
        The link and the code work once and expire in {expiresMinutes} minutes.
      </Text>
    </EmailLayout>
  );
}

SignInEmail.PreviewProps = {
  publicationName: "Weekly Outlook",
  postalAddress: "Vinohradská 12, Prague",
  url: "http://localhost:3000/signin/verify?token=abc&email=reader%40example.com",
  code: "042917",
  expiresMinutes: 15,
} satisfies SignInEmailProps;
