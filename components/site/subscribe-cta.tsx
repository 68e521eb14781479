// The subscribe box at the end of articles, on issues, topics and the home page: the real signup form
// (server action, works without JavaScript), with the newsletters to choose from when there are several.
import { subscribeAction } from "@/app/(site)/subscribe/actions";
import { listNewsletters } from "@/lib/subscriptions/state";
import { SubscribeForm } from "./subscribe-form";

export async function SubscribeCta({
  heading = "Get the Weekly Outlook",
  text = "One email every Friday: what happened in Central and Eastern Europe this week, and what it means. Free.",
  id = "subscribe-cta",
  next,
}: {
  heading?: string;
  text?: string;
  id?: string;
  /** The page to return to once confirmed (the page the form is on). */
  next?: string;
}) {
  const newsletters = await listNewsletters();
  return <SubscribeForm action={subscribeAction} newsletters={newsletters} heading={heading} intro={text} id={id} showName={false} next={next} />;
}

export default SubscribeCta;
