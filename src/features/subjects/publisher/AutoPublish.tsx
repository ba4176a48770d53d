import { Field } from "../../../ui/Field";
import { usePublisher, usePublisherState } from "./publisher-context";

export function AutoPublish() {
  const publisher = usePublisher();
  const auto = usePublisherState((s) => s.auto);
  const every = usePublisherState((s) => s.every);
  const everyError = usePublisherState((s) => s.everyError);
  const published = usePublisherState((s) => s.published);
  const lastSubject = usePublisherState((s) => s.lastSubject);
  const publishError = usePublisherState((s) => s.publishError);
  return (
    <div className="form auto-publish">
      <label className="check">
        <input type="checkbox" checked={auto} onChange={publisher.toggleAuto} /> Auto publish
      </label>
      <Field label="Every (ms)" inputMode="numeric" value={every} onChange={publisher.editEvery} error={everyError}
        hint="a random city of the dataset each time; 1 ms and up" />
      <p className="muted" aria-live={auto ? "off" : "polite"} aria-label="Publisher status">
        {published === 0 ? "Nothing published yet" : `${published} published, last on ${lastSubject}`}
        {auto ? " — auto publishing" : ""}
      </p>
      {publishError && (
        <p role="alert" className="error">
          {publishError}
        </p>
      )}
    </div>
  );
}
