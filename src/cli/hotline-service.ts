import { createHotlineAgent } from "../features/hotline/hotline-agent-controller";
import { createHotlineRequester } from "../features/hotline/hotline-requester-controller";
import type { AgentSettings } from "../features/hotline/hotline-agent-form";
import type { LoggedCall } from "../features/hotline/hotline-agent-store";
import { agentEn } from "../features/hotline/agent-text";
import { describeCallNote } from "../features/hotline/agent-words";
import type { CallResult } from "../features/hotline/hotline-ask";
import type { CallPlan } from "../features/hotline/hotline-request-form";
import { jsonWarning } from "../features/hotline/hotline-request-form";
import type { ShownBody } from "../features/hotline/hotline-reply-reading";
import { QUEUE_GROUP } from "../features/hotline/hotline-protocol";
import { requesterEn } from "../features/hotline/requester-text";
import { describeFailure, describeReplyNote, describeWarning, timeoutText } from "../features/hotline/requester-words";
import { describeBusDetail } from "../nats/bus-text";
import { formatFor } from "../i18n/format";
import type { FeatureDeps } from "../features/controller";
import type { RunningService } from "./lifecycle";
import { ExitCode } from "./lifecycle";
import type { Printer } from "./printer";

const f = formatFor("en");

function bodyText(body: ShownBody): string {
  if (body.format === "binary") return `${body.size} bytes (binary): ${body.preview}`;
  return body.length === undefined ? body.text : `${body.text}… (${body.length} characters in all)`;
}

function describeCall(c: LoggedCall): string {
  const outcome = c.note ? describeCallNote(c.note) : c.reply;
  const request = c.requestBinary ? `${c.requestBinary.size} bytes (binary): ${c.requestBinary.preview}` : c.request || agentEn.log.empty;
  return `call on ${c.subject}: ${request} → ${outcome}  (${agentEn.log.handledIn({ ms: f.ms(c.handlingMs) })})`;
}

// A tab's agent, headless: the hotline protocol, in the queue group, each call printed.
export function runHotlineAgent(deps: FeatureDeps, print: Printer, settings: AgentSettings): RunningService {
  const agent = createHotlineAgent(deps);
  agent.edit(settings);
  const stopWatching = agent.store.subscribe((s, prev) => {
    if (s.answering && s.answering !== prev.answering) {
      print.line(agentEn.status.on({ subject: s.answering.subject, name: s.form.agent, queue: s.answering.queue }));
    }
    if (s.error && s.error !== prev.error) print.error(`not answering: ${describeBusDetail(s.error)}`);
    const fresh = s.handled - prev.handled;
    if (fresh <= 0) return;
    if (fresh > s.calls.length) print.line(`… ${fresh - s.calls.length} calls not shown (handled too fast to list)`);
    for (const call of s.calls.slice(0, fresh).reverse()) print.line(describeCall(call));
  });
  print.line(`${agentEn.status.joining} (${QUEUE_GROUP}, on ${settings.subject})`);
  agent.setAnswering(true);
  return {
    stop() {
      stopWatching();
      agent.stop();
    },
  };
}

/** What a call came to, in words; and whether it is a reply (exit code 0). */
export function describeResult(r: CallResult, plan: CallPlan): { text: string; ok: boolean } {
  const t = requesterEn.result;
  const timeout = timeoutText(f, plan.timeoutMs);
  switch (r.kind) {
    case "reply": {
      const head = r.agent ? t.replyFrom({ agent: r.agent }) : t.replyFromUnnamed;
      const note = r.note ? ` (${describeReplyNote(r.note)})` : "";
      return { ok: true, text: `${head}, ${t.rtt({ rtt: f.ms(r.rttMs) })}, reply subject ${r.inbox}${note}\n${bodyText(r.body)}` };
    }
    case "error-reply": {
      const head = r.agent ? t.errorReplyFrom({ agent: r.agent }) : t.errorReplyFromUnnamed;
      return { ok: false, text: `${head}: ${r.error ?? t.noError((s) => s)}\n${bodyText(r.body)}` };
    }
    case "no-responders":
      return { ok: false, text: `${t.noResponders}: ${t.noRespondersText({ subject: plan.subject, rtt: f.ms(r.rttMs), timeout })}` };
    case "timeout":
      return { ok: false, text: `${t.timeout}: ${t.timeoutText({ timeout })}` };
    case "failed":
      return { ok: false, text: `${t.failed}: ${describeFailure(r.failure)}` };
  }
}

// The requester, once: the result on stdout, the exit code says whether it was a reply.
export function runHotlineAsk(deps: FeatureDeps, print: Printer, plan: CallPlan): RunningService {
  const requester = createHotlineRequester(deps);
  requester.edit({ subject: plan.subject, json: plan.payload, timeoutMs: String(plan.timeoutMs), mode: plan.mode, repeat: "1" });
  const warning = jsonWarning(plan.payload);
  if (warning) print.error(`warning: ${describeWarning(warning)}`);
  print.line(requesterEn.result.asking({ subject: plan.subject, mode: requesterEn.askModes[plan.mode], timeout: timeoutText(f, plan.timeoutMs) }));
  const finished = requester.send().then(() => {
    const last = requester.store.getState().last;
    if (!last) {
      print.error(`not sent: ${requesterEn.form.notConnectedYet}`);
      return ExitCode.Failed;
    }
    const { text, ok } = describeResult(last.result, plan);
    print.line(text);
    return ok ? ExitCode.Ok : ExitCode.Failed;
  });
  return { stop: () => requester.stop(), finished };
}
