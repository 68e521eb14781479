// After a deletion.
import type { Metadata } from "next";

export const metadata: Metadata = { title: "Your data is deleted", robots: { index: false } };

export default function DeletedPage() {
  return (
    <main className="container narrow">
      <h1>Your data is deleted</h1>
      <p>We removed your email address and everything linked to it. You will not hear from us again unless you subscribe anew.</p>
    </main>
  );
}
