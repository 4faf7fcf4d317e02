// Passwords are stored only as argon2id hashes (OWASP's recommended parameters: 19 MiB, 2 passes).
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const passwordInput = z
  .string()
  .min(12, { error: 'Password must be at least 12 characters' })
  .max(256, { error: 'Password must be at most 256 characters' });

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}
