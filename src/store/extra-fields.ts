/**
 * Stages may add fields beyond the contract (a timex `anchor`, an event `precision`, …). The store keeps
 * them in an `extra` JSON column so that a stored record reads back exactly as it was annotated.
 */
export function extraFields(object: object, known: ReadonlySet<string>): string | null {
  const extra: Record<string, unknown> = {};
  let any = false;
  for (const [key, value] of Object.entries(object)) {
    if (!known.has(key) && value !== undefined) {
      extra[key] = value;
      any = true;
    }
  }
  return any ? JSON.stringify(extra) : null;
}

export function withExtra<T extends object>(base: T, extra: string | null): T {
  return extra ? { ...base, ...JSON.parse(extra) } : base;
}
