// next-auth sends sign-in failures here (pages.error): expired or used links, refused sign-ins.
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Sign-in problem", robots: { index: false } };

const MESSAGES: Record<string, { title: string; body: string }> = {
  Verification: { title: "This sign-in link has expired or was already used", body: "Each link works once and only for a short time. Ask for a new one." },
  AccessDenied: { title: "This address cannot sign in", body: "Sign-in is by invitation. If you think this is a mistake, write to the editors." },
};
const FALLBACK = { title: "Sign-in did not work", body: "Something went wrong while signing you in. Please ask for a new link." };

type Props = { searchParams: Promise<{ error?: string }> };

export default async function SignInErrorPage({ searchParams }: Props) {
  const key = (await searchParams).error ?? "";
  const m = MESSAGES[key] ?? FALLBACK;
  return (
    <section className="container narrow auth-page">
      <h1>{m.title}</h1>
      <p>{m.body}</p>
      <p>
        <a className="button" href="/signin">
          Ask for a new link
        </a>
      </p>
    </section>
  );
}
