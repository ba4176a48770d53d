import { busEn, describeBusDetail } from "./bus-text";

export const RequestFailure = {
  NoResponders: "no-responders",
  Timeout: "timeout",
  PayloadTooLarge: "payload-too-large",
  PermissionDenied: "permission-denied",
  NotConnected: "not-connected",
  Other: "other",
} as const;
export type RequestFailure = (typeof RequestFailure)[keyof typeof RequestFailure];

/** What went wrong, as data: bus-text.ts says it to people in English or French. */
export type BusDetail =
  | { kind: "no-responders"; subject: string }
  | { kind: "timeout"; subject: string }
  | { kind: "too-large"; subject?: string; size?: number; limit?: number }
  | { kind: "permission"; subscribe: boolean; subject: string }
  | { kind: "refused-subscription"; subject: string }
  | { kind: "not-connected"; subject?: string }
  | { kind: "request-offline"; subject: string }
  | { kind: "offline-buffer-full"; subject: string; maxMessages: number; maxBytes: number }
  /** the client's or the server's own words */
  | { kind: "other"; subject?: string; text: string };

const failureOf: Record<BusDetail["kind"], RequestFailure> = {
  "no-responders": RequestFailure.NoResponders,
  timeout: RequestFailure.Timeout,
  "too-large": RequestFailure.PayloadTooLarge,
  permission: RequestFailure.PermissionDenied,
  "refused-subscription": RequestFailure.PermissionDenied,
  "not-connected": RequestFailure.NotConnected,
  "request-offline": RequestFailure.NotConnected,
  "offline-buffer-full": RequestFailure.NotConnected,
  other: RequestFailure.Other,
};

export class BusError extends Error {
  override name = "BusError";
  readonly kind: RequestFailure;
  readonly subject?: string;
  constructor(readonly detail: BusDetail) {
    super(describeBusDetail(detail, busEn));
    this.kind = failureOf[detail.kind];
    this.subject = detail.subject;
  }
}

type NatsLikeError = Error & { code?: string; permissionContext?: { operation: string; subject: string } };

// Turns nats.ws errors (codes like "503", "TIMEOUT") into typed failures.
export function toBusError(err: unknown, subject?: string, maxPayload?: number): BusError {
  if (err instanceof BusError) return err;
  const e = err as NatsLikeError;
  const code = e?.code;
  if (code === "503") return new BusError({ kind: "no-responders", subject: subject ?? "" });
  if (code === "TIMEOUT") return new BusError({ kind: "timeout", subject: subject ?? "" });
  if (code === "MAX_PAYLOAD_EXCEEDED") return new BusError({ kind: "too-large", subject, limit: maxPayload });
  if (code === "PERMISSIONS_VIOLATION" && e.permissionContext) {
    const { operation, subject: s } = e.permissionContext;
    return new BusError({ kind: "permission", subscribe: /^sub/i.test(operation), subject: s });
  }
  if (code === "CONNECTION_CLOSED" || code === "DISCONNECT") return new BusError({ kind: "not-connected", subject });
  return new BusError({ kind: "other", subject, text: e?.message || String(err) });
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}
