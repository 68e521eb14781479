// next-auth v4 configuration: email magic links through our outbox, database sessions through our
// adapter (Member as User), our own pages. See README Decisions (next-auth v4).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import EmailProvider from "next-auth/providers/email";
import { memberAdapter } from "./adapter";
import { env } from "../server/env";
import { isEmail, normalizeEmail } from "../shared/email";
import { safeCallbackUrl, sendSignInEmail, SESSION_MAX_AGE_SECONDS } from "./signin";

export const authOptions: NextAuthOptions = {
  secret: env.AUTH_SECRET,
  adapter: memberAdapter(),
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 24 * 3600 },
  providers: [
    EmailProvider({
      // Never used to connect: mail goes through the outbox in sendVerificationRequest.
      server: { host: "127.0.0.1", port: 25 },
      from: env.MAIL_FROM,
      maxAge: env.MAGIC_LINK_TTL_MINUTES * 60,
      // One normalisation for next-auth and our limiter (issue 10, finding 5): next-auth's own would turn
      // `victim@example.com,1` or full-width variants into the victim's address while the limiter counted
      // them apart. Anything the one address rule refuses is refused here (next-auth shows its error page).
      normalizeIdentifier(identifier: string): string {
        const email = normalizeEmail(identifier);
        if (!isEmail(email)) throw new Error("Invalid email address");
        return email;
      },
      async sendVerificationRequest({ identifier, token, url }) {
        const callbackUrl = new URL(url).searchParams.get("callbackUrl") ?? "/";
        await sendSignInEmail({ identifier, token, callbackUrl });
      },
    }),
  ],
  pages: { signIn: "/signin", verifyRequest: "/signin/check-inbox", error: "/signin/error", signOut: "/signout" },
  callbacks: {
    async signIn({ user }) {
      // Invite mode: only addresses we know may finish a sign-in (no token is mailed to others anyway).
      if (env.SIGNUP_MODE === "invite") return Boolean(user.email) && user.id !== user.email;
      return true;
    },
    async redirect({ url }) {
      return `${env.APP_URL}${safeCallbackUrl(url)}`;
    },
  },
  events: {},
};
