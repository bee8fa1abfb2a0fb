import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FieldCipher } from '../crypto/field-cipher';

const SUFFIX = '.eml.sealed';
const NAME = /^[0-9A-Za-z-]+\.eml\.sealed$/;
/** Binds the ciphertext to this use, so a sealed column value cannot pass for a mail or back. */
const CONTEXT = 'mail outbox';

export interface OutboxEntry {
  name: string;
  writtenAt: Date;
  bytes: number;
}

export class OutboxError extends Error {}

/**
 * Mail that could not go out through SMTP (no SMTP_URL set) waits here, one file per message under
 * DATA_DIR/mail/. Each file is the RFC 822 message sealed with DATA_KEY (AES-256-GCM), because it
 * holds a person's address and a counsellor's answer: nothing in the folder is readable without the
 * key. `npm run cli -- mail-show NAME` opens one; the contact retention job deletes old ones.
 */
export class MailOutbox {
  constructor(
    readonly dir: string,
    private readonly cipher: FieldCipher,
  ) {}

  async write(message: Buffer): Promise<string> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(6).toString('hex')}${SUFFIX}`;
    const sealed = this.cipher.encrypt(message.toString('base64'), CONTEXT);
    await writeFile(join(this.dir, name), sealed + '\n', { mode: 0o600, flag: 'wx' });
    return name;
  }

  /** Oldest first. */
  async list(): Promise<OutboxEntry[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const entries = await Promise.all(
      names
        .filter((name) => NAME.test(name))
        .map(async (name) => {
          const info = await stat(join(this.dir, name));
          return { name, writtenAt: info.mtime, bytes: info.size };
        }),
    );
    return entries.sort((a, b) => a.writtenAt.getTime() - b.writtenAt.getTime() || a.name.localeCompare(b.name));
  }

  /** The message as it would have gone out (RFC 822). */
  async read(name: string): Promise<Buffer> {
    const sealed = await this.readFile(name);
    try {
      return Buffer.from(this.cipher.decrypt(sealed.trim(), CONTEXT), 'base64');
    } catch {
      throw new OutboxError(`${name} does not open with this DATA_KEY (another key, or the file is damaged)`);
    }
  }

  async delete(name: string): Promise<void> {
    await this.readFile(name);
    await unlink(join(this.dir, name));
  }

  /** Deletes every message written before `cutoff`; returns how many. */
  async deleteWrittenBefore(cutoff: Date): Promise<number> {
    const old = (await this.list()).filter((entry) => entry.writtenAt < cutoff);
    await Promise.all(old.map((entry) => unlink(join(this.dir, entry.name))));
    return old.length;
  }

  private async readFile(name: string): Promise<string> {
    // Only a plain file name of the outbox, never a path elsewhere.
    if (!NAME.test(name)) throw new OutboxError(`"${name}" is not the name of a message in the outbox (see mail-list)`);
    try {
      return await readFile(join(this.dir, name), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        throw new OutboxError(`There is no message ${name} in the outbox`);
      throw error;
    }
  }
}
