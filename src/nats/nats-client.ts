// The one NATS surface the rest of the app sees. Only src/nats/ knows it is
// nats.ws underneath (the Node `nats` package has the same API, so the same
// wrapper serves services running in Node over TCP). A tab's client exists
// before its first connection: subscriptions wait for it, publishes are queued.

export type Headers = Record<string, string>;
export type Payload = string | Uint8Array;

export type BusMessage = {
  subject: string;
  data: Uint8Array;
  /** payload decoded as UTF-8 */
  text: string;
  reply?: string;
  /** the first value of each header */
  headers?: Headers;
  /** every value of every header, in order: a name may repeat (NATS headers are multi-valued) */
  headerList?: readonly (readonly [string, string])[];
  /** the subscription that delivered it (one delivery per matching subscription) */
  sid: number;
  /** a NATS status message (e.g. 503 = no responders) rather than data; absent for normal messages */
  status?: { code: number; description: string };
  respond(data: Payload, headers?: Headers): boolean;
};

export type BusSubscription = {
  /** the server's id for it; -1 until the tab has connected once */
  readonly sid: number;
  readonly subject: string;
  readonly queue?: string;
  unsubscribe(): void;
  isClosed(): boolean;
  /** resolves once the server has seen the SUB (or rejects with its error); waits for the first connection */
  ready(): Promise<void>;
};

export type SubscribeOptions = {
  queue?: string;
  /** called when the server refuses or closes this subscription */
  onError?: (error: Error) => void;
};

export type PublishOptions = {
  reply?: string;
  headers?: Headers;
  /** headers as rows, where a name may repeat (sent after `headers`) */
  headerList?: readonly (readonly [string, string])[];
};

export type RequestOptions = { timeoutMs: number; headers?: Headers };

export type ServerFacts = {
  serverName: string;
  serverId: string;
  version: string;
  maxPayload: number;
  jetstream: boolean;
  cluster?: string;
  url: string;
};

/** "queued": the tab is offline; it goes out, in order, when the connection is back */
export type PublishResult = "sent" | "queued";

/** What a feature learns about the connection (the status bar has its own, finer view). */
export type ClientStatus =
  | { type: "connected" }
  | { type: "disconnected" }
  /** back after an outage: nats.ws has re-sent every subscription, messages sent meanwhile are lost (core NATS) */
  | { type: "reconnected" }
  | { type: "closed"; reason?: string };

export interface NatsClient {
  readonly name: string;
  publish(subject: string, data: Payload, options?: PublishOptions): PublishResult;
  subscribe(subject: string, onMessage: (m: BusMessage) => void, options?: SubscribeOptions): BusSubscription;
  request(subject: string, data: Payload, options: RequestOptions): Promise<BusMessage>;
  newInbox(): string;
  flush(): Promise<void>;
  rtt(): Promise<number>;
  server(): ServerFacts | undefined;
  isConnected(): boolean;
  /** the listener hears every change from now on; returns its unsubscribe */
  onStatus(listener: (status: ClientStatus) => void): () => void;
}
