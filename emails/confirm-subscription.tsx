// Double opt-in: the editor's words (settings → emails), then the button to our landing page, whose own
// button confirms (mail scanners follow links), the link as text, and how long it works.
import { Button, Section, Text } from "@react-email/components";
import { buttonStyle, EmailLayout, paragraph, urlText, type EmailBrand } from "./_components/layout";
import { EmailCopy } from "./_components/copy";

export type ConfirmSubscriptionEmailProps = {
  brand?: EmailBrand;
  publicationName: string;
  postalAddress: string;
  /** Sanitized HTML of the editable copy, placeholders filled in. */
  introHtml: string;
  /** The inbox preview line. */
  preview: string;
  name?: string;
  confirmUrl: string;
  newsletters: string[];
  ttlHours: number;
};

export default function ConfirmSubscriptionEmail({ brand, publicationName, postalAddress, introHtml, preview, confirmUrl, ttlHours }: ConfirmSubscriptionEmailProps) {
  return (
    <EmailLayout
      brand={brand}
      preview={preview}
      publicationName={publicationName}
      footer={{ postalAddress, reason: "You received this because someone entered this address in our subscribe form. If it was not you, ignore this email: nothing happens unless you confirm." }}
    >
      <EmailCopy html={introHtml} brand={brand} />
      <Section style={{ margin: "8px 0 24px" }}>
        <Button href={confirmUrl} style={buttonStyle(brand)}>
          Confirm subscription
        </Button>
      </Section>
      <Text style={{ ...paragraph, fontSize: 14 }}>
        Or paste this address into your browser: <span style={urlText}>{confirmUrl}</span>
      </Text>
      <Text style={{ ...paragraph, fontSize: 14 }}>The link works once and expires in {ttlHours} hours.</Text>
    </EmailLayout>
  );
}

ConfirmSubscriptionEmail.PreviewProps = {
  publicationName: "Weekly Outlook",
  postalAddress: "Vinohradská 12, Prague",
  introHtml: "<p>Hello Jana,</p><p>Please confirm that you want to receive Weekly Outlook.</p>",
  preview: "Confirm your subscription to Weekly Outlook",
  name: "Jana",
  confirmUrl: "http://localhost:3000/subscribe/confirm?token=example",
  newsletters: ["Weekly Outlook"],
  ttlHours: 24,
} satisfies ConfirmSubscriptionEmailProps;
