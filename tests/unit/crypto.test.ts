// Signed links cannot be moved to another purpose or value; sealed payloads cannot be read or altered.
import { describe, expect, it } from "vitest";
import { randomToken, seal, sha256, sign, unseal, verifySignature } from "@/lib/server/crypto";

describe("crypto", () => {
  it("makes tokens with at least 128 bits of entropy", () => {
    const t = randomToken();
    expect(Buffer.from(t, "base64url").length).toBeGreaterThanOrEqual(16);
    expect(randomToken()).not.toBe(t);
    expect(sha256(t)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("verifies a signature only for the same purpose and value", () => {
    const sig = sign("unsubscribe", "member-1:newsletter-1");
    expect(verifySignature("unsubscribe", "member-1:newsletter-1", sig)).toBe(true);
    expect(verifySignature("unsubscribe", "member-2:newsletter-1", sig)).toBe(false);
    expect(verifySignature("click", "member-1:newsletter-1", sig)).toBe(false);
    expect(verifySignature("unsubscribe", "member-1:newsletter-1", sig.slice(0, -1) + (sig.endsWith("A") ? "B" : "A"))).toBe(false);
    expect(verifySignature("unsubscribe", "member-1:newsletter-1", "")).toBe(false);
  });

  it("seals and unseals, and refuses a tampered value", () => {
    const sealed = seal('{"link":"https://x/confirm?token=secret"}');
    expect(sealed).not.toContain("secret");
    expect(unseal(sealed)).toBe('{"link":"https://x/confirm?token=secret"}');
    const parts = sealed.split(".");
    parts[3] = parts[3]!.slice(0, -2) + (parts[3]!.endsWith("AA") ? "BB" : "AA");
    expect(() => unseal(parts.join("."))).toThrow();
  });
});
