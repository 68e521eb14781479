// Sent once a subscription is confirmed: the editor's words (settings → emails), a way to the site, and the
// footer with List-Unsubscribe's links.
import { Button, Section } from "@react-email/components";
import { buttonStyle, EmailLayout, type EmailBrand } from "./_components/layout";
import { EmailCopy } from "./_components/copy";

export type WelcomeEmailProps = {
  brand?: EmailBrand;
  publicationName: string;
  postalAddress: string;
  /** Sanitized HTML of the editable copy, placeholders filled in. */
  bodyHtml: string;
  /** The inbox preview line. */
  preview: string;
  newsletters: string[];
  siteUrl: string;
  unsubscribeUrl: string;
};

export default function WelcomeEmail({ brand, publicationName, postalAddress, bodyHtml, preview, newsletters, siteUrl, unsubscribeUrl }: WelcomeEmailProps) {
  return (
    <EmailLayout
      brand={brand}
      preview={preview}
      publicationName={publicationName}
      footer={{ postalAddress, unsubscribeUrl, preferencesUrl: unsubscribeUrl, reason: `You are receiving this because you subscribed to ${newsletters.join(", ")}.` }}
    >
      <EmailCopy html={bodyHtml} brand={brand} />
      <Section style={{ margin: "8px 0 8px" }}>
        <Button href={siteUrl} style={buttonStyle(brand)}>
          Read the latest
        </Button>
      </Section>
    </EmailLayout>
  );
}

WelcomeEmail.PreviewProps = {
  publicationName: "Weekly Outlook",
  postalAddress: "Vinohradská 12, Prague",
  bodyHtml: "<p>Hi Jana,</p><p>Your subscription to Weekly Outlook is confirmed. Thank you for reading.</p>",
  preview: "Welcome to Weekly Outlook",
  newsletters: ["Weekly Outlook"],
  siteUrl: "http://localhost:3000",
  unsubscribeUrl: "http://localhost:3000/unsubscribe?m=1&n=1&s=x",
} satisfies WelcomeEmailProps;
