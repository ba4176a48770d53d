export const RequestFailure = {
  NoResponders: "no-responders",
  Timeout: "timeout",
  PayloadTooLarge: "payload-too-large",
  PermissionDenied: "permission-denied",
  NotConnected: "not-connected",
  Other: "other",
} as const;
export type RequestFailure = (typeof RequestFailure)[keyof typeof RequestFailure];

export class BusError extends Error {
  override name = "BusError";
  constructor(
    message: string,
    readonly kind: RequestFailure,
    readonly subject?: string,
  ) {
    super(message);
  }
}

type NatsLikeError = Error & { code?: string; permissionContext?: { operation: string; subject: string } };

// Turns nats.ws errors (codes like "503", "TIMEOUT") into messages a person can act on.
export function toBusError(err: unknown, subject?: string, maxPayload?: number): BusError {
  if (err instanceof BusError) return err;
  const e = err as NatsLikeError;
  const code = e?.code;
  if (code === "503") {
    return new BusError(`no responders: nobody is subscribed to '${subject}'`, RequestFailure.NoResponders, subject);
  }
  if (code === "TIMEOUT") {
    return new BusError(`timeout: no reply on '${subject}' in time`, RequestFailure.Timeout, subject);
  }
  if (code === "MAX_PAYLOAD_EXCEEDED") {
    const limit = maxPayload ? ` (${formatBytes(maxPayload)})` : "";
    return new BusError(`message is larger than the server's max_payload${limit}`, RequestFailure.PayloadTooLarge, subject);
  }
  if (code === "PERMISSIONS_VIOLATION" && e.permissionContext) {
    const { operation, subject: s } = e.permissionContext;
    return new BusError(describePermission(operation, s), RequestFailure.PermissionDenied, s);
  }
  if (code === "CONNECTION_CLOSED" || code === "DISCONNECT") {
    return new BusError("not connected to a NATS server", RequestFailure.NotConnected, subject);
  }
  return new BusError(e?.message || String(err), RequestFailure.Other, subject);
}

// nats.ws says "publish" or "subscription"; people read "publish to" / "subscribe to".
export function describePermission(operation: string, subject: string): string {
  const verb = /^sub/i.test(operation) ? "subscribe to" : "publish to";
  return `permission denied: this tab may not ${verb} '${subject}' (the server's permissions for browser users forbid it)`;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}
