/**
 * Why an operation failed, in one line for an issue's `reason`. Drizzle wraps the server's error in
 * one quoting the whole statement; the wrapped cause says why, so it is preferred when present.
 */
export function reasonOf(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause instanceof Error) return cause.message;
  return error instanceof Error ? error.message : String(error);
}
