import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (19 MiB, 2 passes): OWASP's recommended minimum.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verified against a real hash when the user is unknown, so timing does not reveal who exists.
let dummyHash: Promise<string> | null = null;

export async function verifyPassword(hashed: string | null, password: string): Promise<boolean> {
  dummyHash ??= hash(randomBytes(16).toString('hex'));
  try {
    const ok = await verify(hashed ?? (await dummyHash), password);
    return hashed !== null && ok;
  } catch {
    return false;
  }
}
