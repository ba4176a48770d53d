import { PublisherCard } from "./PublisherCard";
import { SubscriptionsCard } from "./SubscriptionsCard";
import { MatchExplainer } from "./MatchExplainer";
import { MessageLog } from "./MessageLog";
import { SubjectTreeCard } from "./SubjectTreeCard";
import { MismatchBanner } from "./MismatchBanner";
import "./subjects.css";

export function SubjectsPanel() {
  return (
    <div className="subjects-panel">
      <MismatchBanner />
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
  );
}
