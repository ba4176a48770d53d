export function pythonWithNats(): { python: string } | { missing: string };
export function ensurePythonNats(): { python: string } | { missing: string };
