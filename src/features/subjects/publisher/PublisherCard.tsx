import type { FormEvent } from "react";
import { Field } from "../../../ui/Field";
import { FRANCE, findDepartment, findRegion } from "./france-dataset";
import { LabelledSelect } from "../../../ui/LabelledSelect";
import { AutoPublish } from "./AutoPublish";
import { usePublisher, usePublisherState } from "./publisher-context";

const regionOptions = FRANCE.map((r) => ({ value: r.token, label: `${r.name} (${r.token})` }));

// One Subject field and one Publish button: the selects build a subject into the
// field, and any other valid subject can be typed there (the lab's time.us.east.atlanta).
export function PublisherCard() {
  const publisher = usePublisher();
  const place = usePublisherState((s) => s.place);
  const payload = usePublisherState((s) => s.payload);
  const free = usePublisherState((s) => s.free);
  const freeError = usePublisherState((s) => s.freeError);
  const freeWarnings = usePublisherState((s) => s.freeWarnings);
  const departments = findRegion(place.region)?.departments ?? [];
  const cities = findDepartment(place.region, place.department)?.cities ?? [];
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    publisher.publish();
  };
  return (
    <section className="card" aria-labelledby="subjects-publisher-title">
      <h2 id="subjects-publisher-title">Publisher</h2>
      <form onSubmit={onSubmit} className="form" noValidate>
        <div className="place-grid">
          <LabelledSelect label="Region" value={place.region} options={regionOptions} onChange={(region) => publisher.choosePlace({ region })} />
          <LabelledSelect label="Department" value={place.department}
            options={departments.map((d) => ({ value: d.token, label: `${d.token} ${d.name}` }))}
            onChange={(department) => publisher.choosePlace({ department })} />
          <LabelledSelect label="City" value={place.city}
            options={cities.map((c) => ({ value: c.token, label: c.note ? `${c.name} — ${c.note}` : c.name }))}
            onChange={(city) => publisher.choosePlace({ city })} />
        </div>
        <Field label="Subject" value={free} onChange={publisher.editFree} error={freeError}
          hint={freeWarnings.length > 0 ? freeWarnings.join("; ") : "built from the place above, or type any subject (e.g. the lab's time.us.east.atlanta)"} />
        <Field label="Payload" value={payload} onChange={publisher.editPayload} hint="{time}, {n} and {subject} are filled in at each send" />
        <button type="submit" className="primary">Publish</button>
      </form>
      <AutoPublish />
    </section>
  );
}
