// One normalisation for next-auth and the sign-in limiter (issue 10, finding 5): next-auth's default
// turned `victim@example.com,1` and full-width variants into the victim's address while the limiter
// counted them apart (12 sign-in mails against a limit of 5). Our normaliser refuses those variants, so
// next-auth sends nothing for them, and what it accepts is exactly what the limiter counts.
import { describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { normalizeEmail } from "@/lib/shared/email";

type EmailProviderLike = { options?: { normalizeIdentifier?: (s: string) => string } };
const provider = authOptions.providers[0] as unknown as EmailProviderLike;
const normalize = provider.options?.normalizeIdentifier;

describe("next-auth's email identifier", () => {
  it("is normalised by our rule", () => {
    expect(normalize).toBeTypeOf("function");
    expect(normalize!("  Victim@Example.com ")).toBe("victim@example.com");
    expect(normalize!("Victim@Example.com")).toBe(normalizeEmail("Victim@Example.com"));
  });

  it.each(["victim@example.com,1", "victim@example.com,attacker@evil.test", "ｖｉｃｔｉｍ@example.com", "victim＠example.com", "vic tim@example.com"])("refuses the variant %j", (v) => {
    expect(() => normalize!(v)).toThrow();
  });
});
