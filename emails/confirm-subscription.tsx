// Double opt-in: the link opens our landing page, whose button confirms (mail scanners follow links).
import { Button, Section, Text } from "@react-email/components";
import { EmailLayout, paragraph , buttonStyle, type EmailBrand } from "./_components/layout";

export type ConfirmSubscriptionEmailProps = { brand?: EmailBrand;
  publicationName: string;
  postalAddress: string;
  name?: string;
  confirmUrl: string;
  newsletters: string[];
  ttlHours: number;
};

export default function ConfirmSubscriptionEmail({ brand, publicationName, postalAddress, name, confirmUrl, newsletters, ttlHours }: ConfirmSubscriptionEmailProps) {
  const list = newsletters.join(", ");
  return (
    <EmailLayout brand={brand}
      preview={`Confirm your subscription to ${list}`}
      publicationName={publicationName}
      footer={{ postalAddress, reason: "You received this because someone entered this address in our subscribe form. If it was not you, ignore this email: nothing happens unless you confirm." }}
    >
      <Text style={paragraph}>{name ? `Hello ${name},` : "Hello,"}</Text>
      <Text style={paragraph}>Please confirm that you want to receive {list}. Open the link and press “Confirm subscription”.</Text>
      <Section style={{ margin: "8px 0 24px" }}>
        <Button href={confirmUrl} style={buttonStyle(brand)}>
          Confirm subscription
        </Button>
      </Section>
      <Text style={paragraph}>Or paste this address into your browser: {confirmUrl}</Text>
      <Text style={{ ...paragraph, fontSize: 14 }}>The link works once and expires in {ttlHours} hours.</Text>
    </EmailLayout>
  );
}

ConfirmSubscriptionEmail.PreviewProps = {
  publicationName: "Weekly Outlook",
  postalAddress: "Vinohradská 12, Prague",
  name: "Jana",
  confirmUrl: "http://localhost:3000/subscribe/confirm?token=example",
  newsletters: ["Weekly Outlook"],
  ttlHours: 24,
} satisfies ConfirmSubscriptionEmailProps;
