import { useSubjects } from "./subjects-store";

export const EXPLAINER_ID = "subjects-explainer";

export const editExplain = (patch: Partial<{ subject: string; pattern: string; open: boolean }>) =>
  useSubjects.setState((s) => ({ explain: { ...s.explain, ...patch } }));

/** Loads a subject seen in the log or tree into the explainer, with a pattern that delivered it if any. */
export function explainSubject(subject: string, pattern?: string) {
  useSubjects.setState((s) => ({ explain: { subject, pattern: pattern ?? s.explain.pattern, open: true } }));
  // the log and tree are long: bring the answer into view
  if (typeof document !== "undefined") document.getElementById(EXPLAINER_ID)?.scrollIntoView({ block: "nearest" });
}

export const setExpanded = (path: string, expanded: boolean) =>
  useSubjects.setState((s) => ({ expanded: { ...s.expanded, [path]: expanded } }));
