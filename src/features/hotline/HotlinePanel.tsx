export function HotlinePanel() {
  return <p className="muted">The Hotline panel is being built.</p>;
}
