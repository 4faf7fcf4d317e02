// Random secrets handed to people once (API tokens, invite links) and the hashes stored in their place.
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, URL-safe, after a prefix that makes the secret recognisable (e.g. by secret scanners). */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** SHA-256 suffices: the secrets are high-entropy, so there is nothing for a slow hash to protect against. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
