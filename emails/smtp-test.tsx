// A test message editors send to check the mail connection.
import { Text } from "@react-email/components";
import { EmailLayout, paragraph, type EmailBrand } from "./_components/layout";

export type SmtpTestEmailProps = { brand?: EmailBrand; publicationName: string; postalAddress: string; requestedBy: string };

export default function SmtpTestEmail({ brand, publicationName, postalAddress, requestedBy }: SmtpTestEmailProps) {
  return (
    <EmailLayout brand={brand} preview="Your mail settings work." publicationName={publicationName} footer={{ postalAddress }}>
      <Text style={paragraph}>This is a test email from {publicationName}. If you can read it, outgoing mail works.</Text>
      <Text style={paragraph}>Requested by {requestedBy}.</Text>
    </EmailLayout>
  );
}

SmtpTestEmail.PreviewProps = { publicationName: "Weekly Outlook", postalAddress: "Vinohradská 12, Prague", requestedBy: "editor@example.com" } satisfies SmtpTestEmailProps;
