export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `changes` of an entry (`{ field: { from, to } }`, AUD-01) as a list; anything else → empty. */
export function fieldChanges(changes: unknown): FieldChange[] {
  if (!isRecord(changes)) {
    return [];
  }
  return Object.entries(changes).flatMap(([field, change]) =>
    isRecord(change) && ('from' in change || 'to' in change)
      ? [{ field, from: change.from, to: change.to }]
      : [],
  );
}
