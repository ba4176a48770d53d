export function ChatPanel() {
  return <p className="muted">The Chat panel is being built.</p>;
}
