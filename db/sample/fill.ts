export function fillSample(_ws: unknown): void {}
