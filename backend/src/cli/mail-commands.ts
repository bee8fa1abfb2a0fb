import { loadConfig } from '../config/app-config';
import { loadDataKey } from '../crypto/data-key';
import { FieldCipher } from '../crypto/field-cipher';
import { MailOutbox } from '../mail/mail-outbox';
import { mailOutboxDir } from '../mail/mail-transport';

export type MailCommand = { name: 'mail-list' } | { name: 'mail-show' | 'mail-delete'; message: string };

export function isMailCommand(command: { name: string }): command is MailCommand {
  return command.name === 'mail-list' || command.name === 'mail-show' || command.name === 'mail-delete';
}

/**
 * The sealed outbox (mail written without SMTP_URL). Needs only DATA_DIR and the key, not the
 * database, so it works while the server runs.
 */
export async function runMailCommand(
  command: MailCommand,
  env: NodeJS.ProcessEnv,
  out: (line: string) => void,
): Promise<void> {
  const config = loadConfig(env);
  const outbox = new MailOutbox(mailOutboxDir(config), new FieldCipher(loadDataKey(config)));
  if (command.name === 'mail-list') {
    const entries = await outbox.list();
    if (entries.length === 0) {
      out(`The outbox (${outbox.dir}) is empty.`);
      return;
    }
    for (const entry of entries) out(`${entry.name}  ${entry.writtenAt.toISOString()}  ${entry.bytes} bytes`);
    out(`${entries.length} message(s). Open one with: npm run cli -- mail-show NAME > answer.eml`);
    return;
  }
  if (command.name === 'mail-show') {
    out((await outbox.read(command.message)).toString('utf8'));
    return;
  }
  await outbox.delete(command.message);
  out(`Deleted ${command.message}.`);
}
