import { useFormat } from "../../i18n/format";
import { useMessages } from "../../i18n/use-messages";
import { agentPrograms, requesterPrograms } from "../../codegen/hotline-code";
import type { CodeVariant as Variant } from "../../ui/code/CodeView";
import { CodeView } from "../../ui/code/CodeView";
import { useAgentState, useRequesterState } from "./hotline-context";
import type { Replaced } from "./hotline-code-settings";
import { agentCodeOf, CodeVariant, codeVariantNow, requesterCodeOf } from "./hotline-code-settings";
import { hotlineCodeText } from "./hotline-code-text";
import { marked } from "./hotline-marks";
import { Rich } from "./Rich";

// The Hotline's Code region (loaded when the Code button is first pressed): the
// agent and the requester as they are set in the panel, as Python, nats CLI and Node.
export default function HotlineCode() {
  const t = useMessages(hotlineCodeText);
  const f = useFormat();
  const agentForm = useAgentState((s) => s.form);
  const answering = useAgentState((s) => s.answering);
  const requesterForm = useRequesterState((s) => s.form);
  const agent = agentCodeOf(agentForm, answering);
  const requester = requesterCodeOf(requesterForm, answering);
  const variants: Variant[] = [
    { id: CodeVariant.Agent, label: t.variants.agent, programs: (conn, lang) => agentPrograms(agent.settings, conn, lang) },
    { id: CodeVariant.Requester, label: t.variants.requester, programs: (conn, lang) => requesterPrograms(requester.settings, conn, lang) },
  ];
  // a setting the panel refuses is not in the programs: said, whichever variant is shown
  const replaced = [...new Map([...agent.replaced, ...requester.replaced].map((r) => [r.setting, r] as const)).values()];
  const say = (r: Replaced) => t.settings[r.setting]({ by: marked.data(r.setting === "timeout" ? f.number(Number(r.by)) : r.by) });
  return (
    <div className="stack hotline-code">
      {replaced.length > 0 && (
        <p className="note">
          <Rich text={t.replaced({ list: f.list(replaced.map(say)) })} />
        </p>
      )}
      <CodeView variants={variants} initial={codeVariantNow(answering !== undefined)} />
    </div>
  );
}
