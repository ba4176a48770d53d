export const INSTALL_HINT: string;
export function findNatsServer(): string | undefined;
export function requireNatsServer(): string;

export type NatsServerOptions = {
  dir?: string;
  serverName?: string;
  ports?: Partial<{ client: number; websocket: number; monitoring: number }>;
  allowedOrigins?: string[];
  maxPayload?: number;
  jetstream?: boolean;
  extraConfig?: string;
  /** include nats-auth.conf (visitor / admin users and permissions) */
  auth?: boolean;
  /** with auth: these rules instead of nats-auth.conf's (a variant of them, e.g. the teacher's off switch) */
  authRules?: string;
  cluster?: { name: string; port: number; routes: number[] };
};

export const ADMIN: { user: string; pass: string };
export function startNatsCluster(options?: NatsServerOptions): Promise<NatsServer[]>;

export type NatsServer = {
  readonly natsUrl: string;
  readonly wsUrl: string;
  readonly monitorUrl: string;
  readonly pid: number;
  readonly dir: string;
  readonly configPath: string;
  log(): string;
  /** graceful stop (SIGTERM) */
  stop(): Promise<void>;
  /** abrupt stop (SIGKILL), like a crash */
  kill(): Promise<void>;
  /** start again on the same ports */
  start(): Promise<void>;
  dispose(): Promise<void>;
};

export function startNatsServer(options?: NatsServerOptions): Promise<NatsServer>;
