// The subscribe box at the end of articles and on the home page (a server component around the form).
import { subscribeAction } from "@/app/(site)/subscribe/actions";
import { listNewsletters } from "@/lib/subscriptions";
import { SubscribeForm } from "./subscribe-form";

export async function SubscribeCta({ heading = "Get Weekly Outlook in your inbox" }: { heading?: string }) {
  const newsletters = await listNewsletters();
  return <SubscribeForm action={subscribeAction} newsletters={newsletters} heading={heading} intro="Independent analysis, once a week. Free." />;
}

export default SubscribeCta;
