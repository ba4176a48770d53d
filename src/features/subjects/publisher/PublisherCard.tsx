import type { FormEvent } from "react";
import { Field } from "../../../ui/Field";
import { LabelledSelect } from "../../../ui/LabelledSelect";
import { describeNote, describeProblem } from "../../../subjects/subject-text";
import { withCode } from "../with-code";
import { FRANCE, findDepartment, findRegion } from "./france-dataset";
import { AutoPublish } from "./AutoPublish";
import { HeadersEditor } from "./HeadersEditor";
import { PAYLOAD_PLACEHOLDERS } from "./publisher-logic";
import { usePublisher, usePublisherState, usePublisherWords } from "./publisher-context";

// Place names are proper names: the same in every language, never translated.
const regionOptions = FRANCE.map((r) => ({ value: r.token, label: `${r.name} (${r.token})`, translate: "no" as const }));
const LAB_SUBJECT = "time.us.east.atlanta";

// One Subject field and one Publish button: the selects build a subject into the
// field, and any other valid subject can be typed there (the lab's time.us.east.atlanta).
export function PublisherCard() {
  const publisher = usePublisher();
  const w = usePublisherWords();
  const t = w.t;
  const place = usePublisherState((s) => s.place);
  const payload = usePublisherState((s) => s.payload);
  const free = usePublisherState((s) => s.free);
  const freeProblem = usePublisherState((s) => s.freeProblem);
  const freeNotes = usePublisherState((s) => s.freeNotes);
  const departments = findRegion(place.region)?.departments ?? [];
  const cities = findDepartment(place.region, place.department)?.cities ?? [];
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    publisher.publish();
  };
  return (
    <section className="card" aria-labelledby="subjects-publisher-title">
      <h2 id="subjects-publisher-title">{t.title}</h2>
      <form onSubmit={onSubmit} className="form" noValidate>
        <div className="place-grid">
          <LabelledSelect label={t.region} value={place.region} options={regionOptions} onChange={(region) => publisher.choosePlace({ region })} />
          <LabelledSelect label={t.department} value={place.department}
            options={departments.map((d) => ({ value: d.token, label: `${d.token} ${d.name}`, translate: "no" as const }))}
            onChange={(department) => publisher.choosePlace({ department })} />
          <LabelledSelect label={t.city} value={place.city}
            options={cities.map((c) =>
              c.note ? { value: c.token, label: t.cityWithNote({ name: c.name, note: t.cityNote[c.note] }) } : { value: c.token, label: c.name, translate: "no" as const },
            )}
            onChange={(city) => publisher.choosePlace({ city })} />
        </div>
        <Field label={t.subject} value={free} onChange={publisher.editFree} error={freeProblem && describeProblem(freeProblem, w.subject)}
          hint={freeNotes.length > 0 ? freeNotes.map((n) => describeNote(n, w.subject)).join(t.separator) : withCode(t.subjectHint, [LAB_SUBJECT])} />
        <Field label={t.payload} value={payload} onChange={publisher.editPayload} hint={withCode(t.payloadHint, Object.values(PAYLOAD_PLACEHOLDERS))} />
        <HeadersEditor />
        <button type="submit" className="primary">{t.publish}</button>
      </form>
      <AutoPublish />
    </section>
  );
}
