import { AgentSettings } from "./AgentSettings";
import { CallsLog } from "./CallsLog";
import { RequesterForm } from "./RequesterForm";
import { CallResultView } from "./CallResultView";
import { CallHistory } from "./CallHistory";
import { HotlineSubject } from "./HotlineSubject";
import { AgentProvider, RequesterProvider } from "./hotline-context";
import type { HotlineController } from "./hotline-controller";
import "./hotline.css";

export function HotlinePanel({ controller }: { controller: HotlineController }) {
  return (
    <RequesterProvider controller={controller.requester}>
      <AgentProvider controller={controller.agent}>
        <div className="hotline-panel stack">
          {/* the one field both halves follow */}
          <HotlineSubject onChange={controller.editSubject} />
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
      </AgentProvider>
    </RequesterProvider>
  );
}
