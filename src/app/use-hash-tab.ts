import { useEffect, useState } from "react";

/** The panel the link opens: its #hash, else the first. */
export function initialPanel(ids: readonly string[]): string {
  const hash = location.hash.replace(/^#/, "");
  return ids.includes(hash) ? hash : ids[0]!;
}

export function useHashTab(ids: string[]): [string, (id: string) => void] {
  const read = () => initialPanel(ids);
  const [tab, setTab] = useState(read);
  useEffect(() => {
    const onHash = () => setTab(read());
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  });
  const select = (id: string) => {
    // replaceState keeps query (?servers=, ?name=) and does not spam history
    history.replaceState(null, "", `${location.pathname}${location.search}#${id}`);
    setTab(id);
  };
  return [tab, select];
}
