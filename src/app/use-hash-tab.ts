import { useEffect, useState } from "react";

export function useHashTab(ids: string[]): [string, (id: string) => void] {
  const read = () => {
    const hash = location.hash.replace(/^#/, "");
    return ids.includes(hash) ? hash : ids[0]!;
  };
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
