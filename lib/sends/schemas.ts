// Input of the send forms: send now or schedule, and the controls of a running send.
import { z } from "zod";

export const StartSendSchema = z.discriminatedUnion("mode", [
  z.object({ mode: z.literal("now"), issueId: z.string().min(1).max(64), confirm: z.literal("yes", { error: "Tick the box to confirm." }) }),
  z.object({
    mode: z.literal("schedule"),
    issueId: z.string().min(1).max(64),
    // <input type="datetime-local"> in UTC
    scheduledAt: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, "Pick a date and time.")
      .transform((s) => new Date(`${s}Z`))
      .refine((d) => d.getTime() > Date.now(), "Pick a time in the future."),
  }),
]);
export type StartSendInput = z.infer<typeof StartSendSchema>;

export const SendControlSchema = z.object({ emailId: z.string().min(1).max(64), op: z.enum(["pause", "resume", "cancel", "resend-uncertain"]) });

export type SendFormState = { ok: boolean; formError?: string; fieldErrors?: Record<string, string[] | undefined>; message?: string };
