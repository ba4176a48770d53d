import type { NatsClient } from "../../nats/nats-client";
import { throttledBatch } from "../../ui/throttled-batch";
import type { FrameBatch } from "../../ui/frame-batch";
import type { Code } from "./hotline-protocol";
import { EXAMPLES } from "./hotline-examples";
import type { RequesterForm } from "./hotline-request-form";
import { checkRequest, jsonProblem, switchCode } from "./hotline-request-form";
import { askHotline } from "./hotline-requester-service";
import type { CallRecord } from "./hotline-requester-store";
import { newRun, recordCalls, useHotlineRequester } from "./hotline-requester-store";

const MAX_KEPT_PAYLOAD = 2000;

let client: NatsClient | undefined;
let results: FrameBatch<CallRecord> | undefined;
let runToken = 0;
let nextId = 0;

export function editRequesterForm(patch: Partial<Omit<RequesterForm, "code">>) {
  useHotlineRequester.setState((s) => {
    const form = { ...s.form, ...patch };
    const errors = { ...s.errors };
    // once a field showed an error, it is re-checked as the user fixes it
    if (patch.json !== undefined && errors.json) errors.json = jsonProblem(form.json);
    if (patch.subject !== undefined || patch.timeoutMs !== undefined || patch.repeat !== undefined) {
      const fresh = checkRequest(form).errors;
      errors.subject = fresh.subject;
      errors.timeoutMs = fresh.timeoutMs;
      errors.repeat = fresh.repeat;
    }
    const keptFor = patch.json !== undefined && form.json === EXAMPLES[form.code] ? undefined : s.keptFor;
    return { form, errors, keptFor };
  });
}

export function pickCode(code: Code) {
  const { form, kept } = switchCode(useHotlineRequester.getState().form, code);
  useHotlineRequester.setState((s) => ({ form, keptFor: kept ? code : undefined, errors: { ...s.errors, json: undefined } }));
}

export function applyExample() {
  const { form } = useHotlineRequester.getState();
  useHotlineRequester.setState((s) => ({ form: { ...form, json: EXAMPLES[form.code] }, keptFor: undefined, errors: { ...s.errors, json: undefined } }));
}

export function stopRun() {
  runToken++;
  useHotlineRequester.setState((s) => ({ run: s.run && { ...s.run, stopped: true } }));
}

export async function sendRequest() {
  const state = useHotlineRequester.getState();
  if (state.busy) return;
  const { plan, errors } = checkRequest(state.form);
  useHotlineRequester.setState({ errors, notice: undefined });
  if (!plan) return;
  if (!client || !results) {
    useHotlineRequester.setState({ notice: "not connected yet: send again once the status says Connected" });
    return;
  }
  const nc = client;
  const batch = results;
  const token = ++runToken;
  useHotlineRequester.setState({
    busy: true,
    last: undefined,
    run: newRun(plan.repeat),
    asking: { subject: plan.subject, mode: plan.mode, timeoutMs: plan.timeoutMs },
  });
  const payload = plan.payload.length > MAX_KEPT_PAYLOAD ? `${plan.payload.slice(0, MAX_KEPT_PAYLOAD)}…` : plan.payload;
  for (let i = 0; i < plan.repeat && token === runToken; i++) {
    const at = Date.now();
    const result = await askHotline(nc, plan);
    batch.push({ id: ++nextId, at, subject: plan.subject, payload, code: plan.code, mode: plan.mode, timeoutMs: plan.timeoutMs, result });
    // lets the render this push may have queued (a microtask) run now, not inside the next call's round trip
    await Promise.resolve();
  }
  batch.flushNow();
  useHotlineRequester.setState({ busy: false, asking: undefined });
}

export function startRequesterSide(nc: NatsClient): () => void {
  client = nc;
  results = throttledBatch(recordCalls);
  return () => {
    runToken++;
    results?.stop();
    client = results = undefined;
  };
}
