// /signin/check-inbox shows back only a real address (issue 10, finding 16): arbitrary text in ?email=
// is never reflected into the page.
import { renderToStaticMarkup } from "react-dom/server";
import { expect, it } from "vitest";

const { default: CheckInboxPage } = await import("@/app/(site)/signin/check-inbox/page");

async function html(email: string) {
  return renderToStaticMarkup(await CheckInboxPage({ searchParams: Promise.resolve({ email }) }));
}

it("reflects no arbitrary text", async () => {
  const page = await html("Your account is locked. Call +1 555 0100 now");
  expect(page).not.toContain("locked");
  expect(page).toContain("that address");
});

it("shows a real address back, normalised, with the code form", async () => {
  const page = await html(" Reader@Example.com ");
  expect(page).toContain("<strong>reader@example.com</strong>");
  expect(page).toContain('name="code"');
});
