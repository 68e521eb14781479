// Sign-in form schemas: shared by the server actions and the forms.
import { z } from "zod";
import { EmailSchema } from "../shared/email";

export const SignInRequestSchema = z.object({
  email: EmailSchema,
  callbackUrl: z.string().max(2000).optional(),
});

export const SignInCodeSchema = z.object({
  email: EmailSchema,
  code: z
    .string()
    .transform((c) => c.replace(/\s+/g, ""))
    .pipe(z.string().regex(/^\d{6}$/, { message: "The code has 6 digits." })),
  callbackUrl: z.string().max(2000).optional(),
});

export type FormState = { ok: boolean; fieldErrors?: Record<string, string[] | undefined>; formError?: string; message?: string };
