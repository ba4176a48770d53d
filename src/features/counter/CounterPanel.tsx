import { CounterPublisher } from "./CounterPublisher";
import { CounterLive } from "./CounterLive";
import { CounterHistory } from "./CounterHistory";

export function CounterPanel() {
  return (
    <div className="counter-panel grid-2">
      <CounterPublisher />
      <div className="stack">
        <CounterLive />
        <CounterHistory />
      </div>
    </div>
  );
}
