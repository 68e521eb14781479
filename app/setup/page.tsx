// First-run setup (docs/decisions/0050): shown only with the one-time token from the server log, while no owner exists.
import type { Metadata } from "next";
import Link from "next/link";
import { SetupForm } from "@/components/admin/setup-form";
import { checkSetupToken, SETUP_REFUSALS } from "@/lib/setup/setup";
import { setupAction } from "./actions";
import "./setup.css";

export const metadata: Metadata = { title: "Set up your publication", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function SetupPage({ searchParams }: Props) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const state = await checkSetupToken(token);
  return (
    <main id="main" className="container narrow setup-page">
      <h1>Set up your publication</h1>
      {state === "valid" ? (
        <>
          <p>Name the publication, say who owns it and who sends its mail. You can change all of it later in Settings.</p>
          <SetupForm action={setupAction} token={token} />
        </>
      ) : state === "closed" ? (
        <p className="notice" data-testid="setup-closed">
          {SETUP_REFUSALS.closed} <Link href="/signin">Sign in</Link>
        </p>
      ) : (
        <p className="notice" data-testid="setup-invalid">{SETUP_REFUSALS.invalid}</p>
      )}
    </main>
  );
}
