// nats.ws drops whatever is published while it is disconnected (each new dial
// resets its outbound buffer). A person typing during a server restart must not
// lose messages, so publishes made while offline wait here, in order, and go out
// as soon as the connection is back. Bounded: past the limit a publish fails with
// a message that says so, never silently.
export const OUTBOX_MAX_MESSAGES = 10_000;
export const OUTBOX_MAX_BYTES = 8 * 1024 * 1024;

export type Queued<T> = { item: T; bytes: number };

export class Outbox<T> {
  private queue: Queued<T>[] = [];
  private bytes = 0;

  constructor(
    readonly maxMessages = OUTBOX_MAX_MESSAGES,
    readonly maxBytes = OUTBOX_MAX_BYTES,
  ) {}

  get size() {
    return this.queue.length;
  }

  /** false when full: the caller must tell the user the message was not kept */
  offer(item: T, bytes: number): boolean {
    if (this.queue.length >= this.maxMessages || this.bytes + bytes > this.maxBytes) return false;
    this.queue.push({ item, bytes });
    this.bytes += bytes;
    return true;
  }

  drain(send: (item: T) => void): number {
    const items = this.queue;
    this.queue = [];
    this.bytes = 0;
    for (const q of items) send(q.item);
    return items.length;
  }
}
