// Sign-in form schemas: shared by the server actions and the forms.
import { z } from "zod";

export const SignInRequestSchema = z.object({
  email: z.email({ message: "Enter a valid email address." }).max(254).transform((e) => e.trim().toLowerCase()),
  callbackUrl: z.string().max(2000).optional(),
});

export const SignInCodeSchema = z.object({
  email: z.email({ message: "Enter the address you asked to sign in with." }).max(254).transform((e) => e.trim().toLowerCase()),
  code: z
    .string()
    .transform((c) => c.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, { message: "The code has 6 digits." })),
  callbackUrl: z.string().max(2000).optional(),
});

export type FormState = { ok: boolean; fieldErrors?: Record<string, string[] | undefined>; formError?: string; message?: string };
