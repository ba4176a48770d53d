import { lazy, Suspense } from "react";
import { CodeButton } from "../../ui/code/CodeButton";
import { AgentSettings } from "./AgentSettings";
import { CallsLog } from "./CallsLog";
import { RequesterForm } from "./RequesterForm";
import { CallResultView } from "./CallResultView";
import { CallHistory } from "./CallHistory";
import { HotlineSubject } from "./HotlineSubject";
import { AgentProvider, RequesterProvider, useRequesterState } from "./hotline-context";
import type { HotlineController } from "./hotline-controller";
import "./hotline.css";

// Not in the panel's first chunk: the generators and the Code view load when Code is pressed,
// the Sequence (and its picture) once there is a call to show.
const HotlineCode = lazy(() => import("./HotlineCode"));
const CallSequence = lazy(() => import("./CallSequence"));

function Sequence() {
  const any = useRequesterState((s) => s.last !== undefined || s.history.length > 0);
  return any ? (
    <Suspense fallback={null}>
      <CallSequence />
    </Suspense>
  ) : null;
}

export function HotlinePanel({ controller }: { controller: HotlineController }) {
  return (
    <RequesterProvider controller={controller.requester}>
      <AgentProvider controller={controller.agent}>
        <div className="hotline-panel stack">
          {/* the one field both halves follow */}
          <HotlineSubject onChange={controller.editSubject} />
          <CodeButton>
            <HotlineCode />
          </CodeButton>
          <div className="grid-2">
            <RequesterForm />
            <div className="stack">
              <CallResultView />
              <CallHistory />
            </div>
          </div>
          <Sequence />
          <div className="grid-2">
            <AgentSettings />
            <CallsLog />
          </div>
        </div>
      </AgentProvider>
    </RequesterProvider>
  );
}
