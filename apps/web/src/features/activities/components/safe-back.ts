/** Only a path inside the app: `?back=` must not send the user elsewhere. */
export function safeBack(back: string | null, fallback: string): string {
  return back && back.startsWith('/') && !back.startsWith('//') ? back : fallback;
}

/** A form's date-time (parsed by the shared schema) as the API's `DateTime`. */
export function iso(value: Date | null | undefined): string | null | undefined {
  return value instanceof Date ? value.toISOString() : value;
}
