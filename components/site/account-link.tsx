"use client";
// The header's "Sign in" link, which becomes "Account" for signed-in people. The header is part of
// cached pages, so the switch happens in the browser (next-auth's session endpoint, never cached).
import { useEffect, useState } from "react";

export function AccountLink() {
  const [signedIn, setSignedIn] = useState(false);
  useEffect(() => {
    let live = true;
    fetch("/api/auth/session", { credentials: "same-origin", cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<{ user?: unknown }>) : null))
      .then((s) => {
        if (live && s?.user) setSignedIn(true);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  return signedIn ? <a href="/account">Account</a> : <a href="/signin">Sign in</a>;
}
