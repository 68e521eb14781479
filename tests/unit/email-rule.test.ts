// One address rule everywhere (issue 10, finding 14): the same schema for subscribe, sign-in, CSV import,
// admin and settings; look-alikes, markup, spaces and line breaks refused; IDNA domains normalised.
import { describe, expect, it } from "vitest";
import { EmailSchema, isEmail, normalizeEmail } from "@/lib/shared/email";
import { SignInRequestSchema } from "@/lib/auth/schemas";
import { SubscribeSchema } from "@/lib/subscriptions/schemas";
import { MemberAddSchema, SettingsFormSchema } from "@/lib/content/schemas";

const refused = [
  "\u0430dmin@example.com", // Cyrillic а
  "admin\uFF20example.com", // full-width @
  "<img src=x onerror=alert(1)>@attacker.test",
  "a b@example.com",
  "ab@exa mple.com",
  "line\nbreak@example.com",
  "victim@example.com,1",
  "victim@example.com\u0000",
  "two@@example.com",
  "no-tld@localhost",
  "",
];

describe("the address rule", () => {
  it.each(refused)("refuses %j everywhere", (raw) => {
    expect(isEmail(raw)).toBe(false);
    expect(EmailSchema.safeParse(raw).success).toBe(false);
    expect(SignInRequestSchema.safeParse({ email: raw }).success).toBe(false);
    expect(MemberAddSchema.safeParse({ email: raw, name: "x" }).success).toBe(false);
  });

  it("normalises case, spaces and internationalised domains to one address", () => {
    expect(normalizeEmail("  Reader@Example.COM ")).toBe("reader@example.com");
    expect(normalizeEmail("leser@Bücher.de")).toBe("leser@xn--bcher-kva.de");
    expect(isEmail("leser@bücher.de")).toBe(true);
    expect(EmailSchema.parse("leser@bücher.de")).toBe("leser@xn--bcher-kva.de");
  });

  it("is the same rule in the subscribe, sign-in and settings schemas", () => {
    const sub = SubscribeSchema.safeParse({ email: "Reader@Example.com" });
    expect(sub.success && sub.data.email).toBe("reader@example.com");
    const signIn = SignInRequestSchema.safeParse({ email: "Reader@Example.com" });
    expect(signIn.success && signIn.data.email).toBe("reader@example.com");
    const settings = SettingsFormSchema.safeParse({ senderEmail: "\u0430dmin@example.com" });
    expect(settings.success).toBe(false);
    if (!settings.success) expect(settings.error.issues.some((i) => i.path[0] === "senderEmail")).toBe(true);
  });
});

describe("maskEmail (the unsubscribe page, issue 10 finding 16)", () => {
  it("shows enough to recognise, not the address", async () => {
    const { maskEmail } = await import("@/lib/shared/email");
    expect(maskEmail("reader@example.com")).toBe("r•••r@example.com");
    expect(maskEmail("ab@example.com")).toBe("a@example.com");
    expect(maskEmail("reader@example.com")).not.toContain("reader@");
  });
});
