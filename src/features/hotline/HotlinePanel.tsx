import { AgentSettings } from "./AgentSettings";
import { CallsLog } from "./CallsLog";
import { RequesterForm } from "./RequesterForm";
import { CallResultView } from "./CallResultView";
import { CallHistory } from "./CallHistory";
import { HotlineSubject } from "./HotlineSubject";
import "./hotline.css";

export function HotlinePanel() {
  return (
    <div className="hotline-panel stack">
      <HotlineSubject />
      <div className="grid-2">
        <RequesterForm />
        <div className="stack">
          <CallResultView />
          <CallHistory />
        </div>
      </div>
      <div className="grid-2">
        <AgentSettings />
        <CallsLog />
      </div>
    </div>
  );
}
