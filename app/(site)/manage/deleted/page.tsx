// After a deletion.
import type { Metadata } from "next";

// Prerendered at build with the default look: re-rendered from the runtime settings (logo, accent) within 5 minutes.
export const revalidate = 300;

export const metadata: Metadata = { title: "Your data is deleted", robots: { index: false } };

export default function DeletedPage() {
  return (
    <main className="container narrow">
      <h1>Your data is deleted</h1>
      <p>We removed your email address and everything linked to it. You will not hear from us again unless you subscribe anew.</p>
    </main>
  );
}
