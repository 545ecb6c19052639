import { hash, verify } from '@node-rs/argon2';

// argon2id (the library's const enum value 2, which isolated modules cannot import) at OWASP's minimum:
// 19 MiB, 2 passes, 1 lane.
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

// Compared against when the account does not exist, so a wrong email costs as long as a wrong password.
const decoy = hashPassword('decoy password that never matches');

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(await decoy, password);
    return false;
  }
  return verify(passwordHash, password);
}
