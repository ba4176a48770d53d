export function SubjectsPanel() {
  return <p className="muted">The Subjects panel is being built.</p>;
}
