import { useConnection } from "../nats/use-connection";
import { describeConnectProblem, describeServersProblem, natsText } from "../nats/nats-text";
import { useMessages } from "../i18n/use-messages";
import { appText } from "./app-text";

// Says plainly why nothing is happening yet: never a blank page.
export function ConnectionBanner() {
  const t = useMessages(appText).banner;
  const n = useMessages(natsText);
  const status = useConnection((s) => s.status);
  if (status.type === "misconfigured") {
    return (
      <div className="banner banner-error" role="alert">
        {describeServersProblem(status.problem, n)}
      </div>
    );
  }
  if (status.type === "connecting" && status.problem) {
    return (
      <div className="banner banner-warn" role="alert">
        {describeConnectProblem(status.problem, n)}. {t.isServerRunning}
        <code>npm start</code>
        {t.startsOne} {t.stillTrying({ attempt: status.attempt })}
      </div>
    );
  }
  return null;
}
