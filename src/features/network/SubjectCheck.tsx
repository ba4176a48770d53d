import { useMemo } from "react";
import type { FormEvent } from "react";
import { Field } from "../../ui/Field";
import { useMessages } from "../../i18n/use-messages";
import { describeNote, describeProblem, describeStep, describeVerdict, subjectText } from "../../subjects/subject-text";
import { describeBusDetail, busText } from "../../nats/bus-text";
import { useFormat } from "../../i18n/format";
import { useNetwork, useNetworkState, useNetworkText } from "./network-context";
import { predict, subKey } from "./network-receivers";
import type { Observed, Receiver } from "./network-receivers";
import { clientName } from "./ClientItem";

export function SubjectCheck() {
  const t = useNetworkText();
  const st = useMessages(subjectText);
  const network = useNetwork();
  const check = useNetworkState((s) => s.check);
  const clients = useNetworkState((s) => s.snapshot?.clients);
  const subject = check.text.trim();
  const valid = subject !== "" && !check.problem;
  const prediction = useMemo(() => (valid && clients ? predict(subject, clients) : undefined), [valid, subject, clients]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    network.sendTest();
  };
  return (
    <section className="card" aria-labelledby="network-check-title">
      <h2 id="network-check-title">{t.check.title}</h2>
      <form className="form" onSubmit={onSubmit} noValidate>
        <Field label={t.check.field} value={check.text} onChange={(v) => network.editCheck(v)}
          error={check.problem && describeProblem(check.problem, st)}
          hint={check.notes.length > 0 ? check.notes.map((n) => describeNote(n, st)).join("; ") : t.check.hint} />
        <button type="submit" className="primary" disabled={!clients}>
          {t.check.send}
        </button>
      </form>
      <TestStatus subject={subject} />
      {prediction && (
        <>
          <p className="muted" aria-live="polite">
            {prediction.receivers.length === 0
              ? t.check.nobody({ subject })
              : t.check.summary({ subject, deliveries: prediction.deliveries, clients: new Set(prediction.receivers.map((r) => r.client.key)).size })}
          </p>
          <ul aria-label={t.check.receivers} className="network-receivers">
            {prediction.receivers.map((r) => (
              <ReceiverItem key={subKey(r.client, r.index)} receiver={r} />
            ))}
          </ul>
          {prediction.missing.length > 0 && prediction.receivers.length > 0 && (
            <p className="muted">{t.check.notReceiving({ count: prediction.missing.length })}</p>
          )}
        </>
      )}
    </section>
  );
}

function ReceiverItem({ receiver: r }: { receiver: Receiver }) {
  const t = useNetworkText();
  const st = useMessages(subjectText);
  const observed = useNetworkState((s) =>
    s.test && s.test.subject === r.why.subject && s.test.outcome ? s.test.outcome.observed.find((o) => o.key === subKey(r.client, r.index)) : undefined,
  );
  return (
    <li className={observed?.verdict === "missed" ? "network-receiver flagged" : "network-receiver"}>
      <div>
        <strong>{clientName(r.client, t.clients.unnamed)}</strong> <span className="muted">({t.kinds[r.client.kind]})</span> — <code>{r.sub.subject}</code>{" "}
        {r.group ? <span className="chip network-queue">{t.check.oneOf({ members: r.group.members, name: r.group.name })}</span> : <span>{t.check.getsIt}</span>}
        {observed && <Verdict observed={observed} />}
      </div>
      <details>
        <summary>{t.check.why}</summary>
        <p>{describeVerdict(r.why, st)}</p>
        <ol className="steps">
          {r.why.steps.map((s) => (
            <li key={s.index} className={s.ok ? "step ok" : "step bad"}>
              {describeStep(s, st)}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}

function Verdict({ observed }: { observed: Observed }) {
  const t = useNetworkText();
  const mark = observed.verdict === "missed" ? "✗" : observed.verdict === "agree" ? "✓" : "·";
  return (
    <span className={observed.verdict === "missed" ? "error network-verdict" : "network-verdict"} aria-label={t.check.observed}>
      {" "}
      {mark} {t.check.verdicts[observed.verdict]}
    </span>
  );
}

function TestStatus({ subject }: { subject: string }) {
  const t = useNetworkText();
  const bus = useMessages(busText);
  const f = useFormat();
  const test = useNetworkState((s) => s.test);
  if (!test || test.subject !== subject) return null;
  let text: string;
  let bad = false;
  if (test.state === "failed") {
    text = t.check.failed({ reason: test.failure ? describeBusDetail(test.failure, bus) : "?" });
    bad = true;
  } else if (test.state === "sending") text = t.check.sending;
  else if (!test.outcome || (test.state === "measuring" && !test.outcome.agrees)) text = t.check.measuring;
  else if (test.outcome.agrees) text = t.check.agree({ deliveries: test.prediction.deliveries });
  else {
    text = t.check.disagree;
    bad = true;
  }
  const others = test.outcome?.observed.filter((o) => o.verdict === "other-traffic") ?? [];
  return (
    <div role="status" aria-label={t.check.statusLabel} className={bad ? "error" : "muted"}>
      <p>{text}</p>
      {test.outcome?.noisy && <p className="muted">{t.check.noisy}</p>}
      {others.length > 0 && (
        <p className="muted">
          {t.check.verdicts["other-traffic"]}: {others.map((o) => `${o.sub.subject} +${f.number(o.delta)}`).join(", ")}
        </p>
      )}
    </div>
  );
}
