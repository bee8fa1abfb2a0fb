import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults are argon2id, 19 MiB, 2 passes, 1 lane: the OWASP baseline.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** argon2id hashing, plus a fixed dummy hash so an unknown alias costs as much as a wrong password. */
export class PasswordHasher {
  private dummy: Promise<string> | null = null;

  hashPassword(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
    if (passwordHash === null) {
      this.dummy ??= hash('not a password of anyone', OPTIONS);
      await verify(await this.dummy, password);
      return false;
    }
    try {
      return await verify(passwordHash, password);
    } catch {
      return false;
    }
  }
}
