import { Field } from "../../ui/Field";
import { usePublisher } from "./publisher-store";
import { editEvery, toggleAutoPublish } from "./publisher-actions";

export function AutoPublish() {
  const auto = usePublisher((s) => s.auto);
  const every = usePublisher((s) => s.every);
  const everyError = usePublisher((s) => s.everyError);
  const published = usePublisher((s) => s.published);
  const lastSubject = usePublisher((s) => s.lastSubject);
  const publishError = usePublisher((s) => s.publishError);
  return (
    <div className="form auto-publish">
      <label className="check">
        <input type="checkbox" checked={auto} onChange={toggleAutoPublish} /> Auto publish
      </label>
      <Field label="Every (ms)" inputMode="numeric" value={every} onChange={editEvery} error={everyError}
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
