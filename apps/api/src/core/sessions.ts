import type { EntityManager } from 'typeorm';

/**
 * Ends a user's sessions at once (their tokens are refused from the next request on): all of them,
 * or all but the caller's own. With `apiTokens`, their personal API tokens are revoked too.
 */
export async function endSessions(
  m: EntityManager,
  userId: string,
  options: { exceptSessionId?: string | null; apiTokens?: boolean } = {},
): Promise<void> {
  await m.query(
    `UPDATE auth_session SET ended_at = now()
      WHERE user_id = $1 AND ended_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)`,
    [userId, options.exceptSessionId ?? null],
  );
  if (options.apiTokens) {
    await m.query('UPDATE api_token SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL', [
      userId,
    ]);
  }
}
