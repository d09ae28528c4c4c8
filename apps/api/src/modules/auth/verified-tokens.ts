/**
 * Session tokens whose signature was already checked, with their subject and expiry. A bounded
 * map (oldest entry out first): WebCrypto's HMAC check costs about a millisecond per request,
 * which is most of the fixed cost of a small query. Expiry is still checked on every use.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { userId: string; sessionId: string; expiresAt: number }>();

  constructor(private readonly max = 10_000) {}

  get(token: string): { userId: string; sessionId: string; expiresAt: number } | undefined {
    return this.entries.get(token);
  }

  remember(token: string, userId: string, sessionId: string, expiresAt: number): void {
    if (this.entries.size >= this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) {
        this.entries.delete(oldest);
      }
    }
    this.entries.set(token, { userId, sessionId, expiresAt });
  }

  forget(token: string): void {
    this.entries.delete(token);
  }
}
