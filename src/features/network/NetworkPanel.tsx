import { lazy, useEffect } from "react";
import { CodeButton } from "../../ui/code/CodeButton";
import { NetworkProvider, useNetwork, useNetworkText } from "./network-context";
import type { NetworkController } from "./network-controller";
import { NetworkStatus } from "./NetworkStatus";
import { SubjectCheck } from "./SubjectCheck";
import { NetworkDiagram } from "./NetworkDiagram";
import { ClientsList } from "./ClientsList";
import "./network.css";

// Not in the panel's first chunk: the generator and the Code view load when Code is pressed.
const NetworkCode = lazy(() => import("./NetworkCode"));

function Visible() {
  const network = useNetwork();
  useEffect(() => {
    network.setPanelVisible(true);
    return () => network.setPanelVisible(false);
  }, [network]);
  return null;
}

function Intro() {
  return <p className="muted network-intro">{useNetworkText().intro}</p>;
}

export function NetworkPanel({ controller }: { controller: NetworkController }) {
  return (
    <NetworkProvider controller={controller}>
      <Visible />
      <div className="network-panel stack">
        <Intro />
        <NetworkStatus />
        <CodeButton>
          <NetworkCode />
        </CodeButton>
        <div className="network-columns">
          <SubjectCheck />
          <NetworkDiagram />
        </div>
        <ClientsList />
      </div>
    </NetworkProvider>
  );
}
