import { useReceiver } from "./receiver-context";

export const EXPLAINER_ID = "subjects-explainer";

/** Explain on a log row or a tree node: loads the explainer, and brings it into view (the log and tree are long). */
export function useExplainSubject() {
  const receiver = useReceiver();
  return (subject: string, pattern?: string) => {
    receiver.explainSubject(subject, pattern);
    document.getElementById(EXPLAINER_ID)?.scrollIntoView({ block: "nearest" });
  };
}
