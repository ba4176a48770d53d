import { Field } from "../../../ui/Field";
import { describeBusDetail } from "../../../nats/bus-text";
import { withCode } from "../with-code";
import { describeEveryProblem } from "./publisher-text";
import { usePublisher, usePublisherState, usePublisherWords } from "./publisher-context";

export function AutoPublish() {
  const publisher = usePublisher();
  const w = usePublisherWords();
  const t = w.t.auto;
  const auto = usePublisherState((s) => s.auto);
  const every = usePublisherState((s) => s.every);
  const everyProblem = usePublisherState((s) => s.everyProblem);
  const published = usePublisherState((s) => s.published);
  const lastSubject = usePublisherState((s) => s.lastSubject);
  const publishFailure = usePublisherState((s) => s.publishFailure);
  return (
    <div className="form auto-publish">
      <label className="check">
        <input type="checkbox" checked={auto} onChange={publisher.toggleAuto} /> {t.toggle}
      </label>
      <Field label={t.every} inputMode="numeric" value={every} onChange={publisher.editEvery}
        error={everyProblem && describeEveryProblem(everyProblem, w.t)} hint={t.everyHint} />
      <p className="muted" aria-live={auto ? "off" : "polite"} aria-label={t.statusLabel}>
        {published === 0 || lastSubject === undefined
          ? t.nothingYet
          : withCode(t.published({ count: published, subject: lastSubject }, w.n), [lastSubject])}
        {auto ? t.running : ""}
      </p>
      {publishFailure && (
        <p role="alert" className="error">
          {describeBusDetail(publishFailure, w.bus)}
        </p>
      )}
    </div>
  );
}
