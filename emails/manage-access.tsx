// A one-hour link to the subscriber's data page (download, deletion), requested from the unsubscribe page.
import { Button, Section, Text } from "@react-email/components";
import { EmailLayout, paragraph, buttonStyle, urlText, type EmailBrand } from "./_components/layout";

export type ManageAccessEmailProps = { brand?: EmailBrand; publicationName: string; postalAddress: string; name?: string; manageUrl: string };

export default function ManageAccessEmail({ brand, publicationName, postalAddress, name, manageUrl }: ManageAccessEmailProps) {
  return (
    <EmailLayout brand={brand} preview="Your data: download or delete" publicationName={publicationName} footer={{ postalAddress, reason: "You asked for this link. If you did not, ignore this email." }}>
      <Text style={paragraph}>{name ? `Hello ${name},` : "Hello,"}</Text>
      <Text style={paragraph}>Here is your link to download everything we hold about you, or to delete it. It works for one hour.</Text>
      <Section style={{ margin: "8px 0 24px" }}>
        <Button href={manageUrl} style={buttonStyle(brand)}>
          Manage my data
        </Button>
      </Section>
      <Text style={paragraph}>
        Or paste this address into your browser: <span style={urlText}>{manageUrl}</span>
      </Text>
    </EmailLayout>
  );
}

ManageAccessEmail.PreviewProps = { publicationName: "Weekly Outlook", postalAddress: "Vinohradská 12, Prague", name: "Jana", manageUrl: "http://localhost:3000/manage?token=example" } satisfies ManageAccessEmailProps;
