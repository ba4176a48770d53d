import { lazy } from "react";
import { CodeButton } from "../../ui/code/CodeButton";
import { PublisherCard } from "./publisher/PublisherCard";
import { PublisherProvider } from "./publisher/publisher-context";
import { SubscriptionsCard } from "./receiver/SubscriptionsCard";
import { MatchExplainer } from "./receiver/MatchExplainer";
import { MessageLog } from "./receiver/MessageLog";
import { SubjectTreeCard } from "./receiver/SubjectTreeCard";
import { MismatchBanner } from "./receiver/MismatchBanner";
import { ReceiverProvider } from "./receiver/receiver-context";
import type { SubjectsController } from "./subjects-controller";
import "./subjects.css";

const SubjectsCode = lazy(() => import("./SubjectsCode"));

export function SubjectsPanel({ controller }: { controller: SubjectsController }) {
  return (
    <PublisherProvider controller={controller.publisher}>
      <ReceiverProvider controller={controller.receiver}>
        <div className="subjects-panel">
          <MismatchBanner />
          <CodeButton>
            <SubjectsCode />
          </CodeButton>
          <div className="subjects-columns">
            <div className="stack">
              <SubscriptionsCard />
              <PublisherCard />
            </div>
            <MessageLog />
            <div className="stack">
              <SubjectTreeCard />
              <MatchExplainer />
            </div>
          </div>
        </div>
      </ReceiverProvider>
    </PublisherProvider>
  );
}
