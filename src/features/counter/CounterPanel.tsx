import { CounterPublisher } from "./CounterPublisher";
import { CounterLive } from "./CounterLive";
import { CounterHistory } from "./CounterHistory";
import { CounterProvider } from "./counter-context";
import type { CounterController } from "./counter-controller";
import "./counter.css";

export function CounterPanel({ controller }: { controller: CounterController }) {
  return (
    <CounterProvider controller={controller}>
      <div className="counter-panel grid-2">
        <CounterPublisher />
        <div className="stack">
          <CounterLive />
          <CounterHistory />
        </div>
      </div>
    </CounterProvider>
  );
}
