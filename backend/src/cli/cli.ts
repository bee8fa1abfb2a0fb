import 'reflect-metadata';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { HttpException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MikroORM } from '@mikro-orm/core';
import { isRole, ROLES, type Role } from '@sexhandel/shared';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { AccountsService } from '../accounts/accounts.service';
import { RegisterDto } from '../accounts/dto/register.dto';
import { AppModule } from '../app.module';
import { validationMessages } from '../common/validation-error';
import { ConfigError, ensureDataDir, loadConfig } from '../config/app-config';
import { acquireDataDirLock, DataDirLockedError } from '../database/data-dir-lock';
import { createOrmSetup } from '../database/orm-options';
import { migrateDatabase } from '../database/prepare-database';
import { OutboxError } from '../mail/mail-outbox';
import { BackupError, restoreBackup, writeBackup } from './backup';
import { isMailCommand, runMailCommand, type MailCommand } from './mail-commands';

export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  create-user --alias A --email E --password P [--role ${ROLES.join('|')}]
      Creates an account (the first admin is made this way). The role defaults to member.
  set-role --alias A --role ${ROLES.join('|')}
      Gives an account that staff role (member takes staff roles away).
  backup FILE
      Writes every table to FILE (gzip'd JSON Lines, both engines). Encrypted columns stay
      encrypted: keep DATA_KEY (or DATA_DIR/data-key) safe, apart from FILE; restoring needs it.
  restore FILE
      Replaces ALL data with FILE's, in one transaction. FILE must come from the same app version
      (the same migrations). Needs the same DATA_KEY as the backup. Stop the server first.
  mail-list
      Lists the mail waiting in DATA_DIR/mail/ (written there, encrypted, when SMTP_URL is unset).
  mail-show NAME
      Prints one such message (RFC 822) in clear: npm run cli -- mail-show NAME > answer.eml
  mail-delete NAME
      Deletes one message from the outbox (the retention job deletes old ones by itself).
  help
      Shows this text.

Works on the same database as the server (DATABASE_URL, or the embedded one in DATA_DIR).
With the embedded database, stop the server first (the mail commands work while it runs).`;

export interface CliOutput {
  out: (line: string) => void;
  err: (line: string) => void;
}

const consoleOutput: CliOutput = { out: (line) => console.log(line), err: (line) => console.error(line) };

class UsageError extends Error {}

type Command =
  | { name: 'help' }
  | { name: 'create-user'; alias: string; email: string; password: string; role: Role }
  | { name: 'set-role'; alias: string; role: Role }
  | { name: 'backup' | 'restore'; file: string }
  | MailCommand;

function parseCommand(argv: string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('No command given');
  if (name === 'help' || name === '--help' || name === '-h') return { name: 'help' };
  if (name === 'backup' || name === 'restore') {
    const [file, ...extra] = rest;
    if (file === undefined || file === '' || file.startsWith('-')) throw new UsageError(`${name} needs a FILE`);
    if (extra.length > 0) throw new UsageError(`${name} takes one FILE only`);
    return { name, file: resolve(file) };
  }
  if (name === 'mail-list') {
    if (rest.length > 0) throw new UsageError('mail-list takes nothing more');
    return { name };
  }
  if (name === 'mail-show' || name === 'mail-delete') {
    const [message, ...extra] = rest;
    if (message === undefined || message === '' || extra.length > 0)
      throw new UsageError(`${name} needs one NAME (see mail-list)`);
    return { name, message };
  }
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: {
        alias: { type: 'string' },
        email: { type: 'string' },
        password: { type: 'string' },
        role: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const text = (key: string): string => {
    const value = values[key];
    if (typeof value !== 'string' || value === '') throw new UsageError(`--${key} is required`);
    return value;
  };
  const role = (required: boolean): Role => {
    const value = required ? text('role') : (values.role ?? 'member');
    if (!isRole(value)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    return value;
  };
  if (name === 'create-user') {
    return { name, alias: text('alias'), email: text('email'), password: text('password'), role: role(false) };
  }
  if (name === 'set-role') {
    if (values.email !== undefined || values.password !== undefined)
      throw new UsageError('set-role takes --alias and --role only');
    return { name, alias: text('alias'), role: role(true) };
  }
  throw new UsageError(`Unknown command "${name}"`);
}

/** The same rules as POST /api/auth/register. */
async function validateRegistration(input: { alias: string; email: string; password: string }): Promise<RegisterDto> {
  const dto = plainToInstance(RegisterDto, input);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new UsageError(validationMessages(errors).join('\n'));
  return dto;
}

/**
 * Operator commands. Returns the exit code: 0 done, 1 refused or failed, 2 usage error.
 * Takes the PGlite data-folder lock (fails at once while the server runs) and migrates first, so
 * every command works on an empty DATA_DIR.
 */
export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
  output: CliOutput = consoleOutput,
): Promise<number> {
  let command: Command;
  let registration: RegisterDto | null = null;
  try {
    command = parseCommand(argv);
    if (command.name === 'create-user') {
      const { alias, email, password } = command;
      registration = await validateRegistration({ alias, email, password });
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.err(error.message);
    output.err('');
    output.err(USAGE);
    return 2;
  }
  if (command.name === 'help') {
    output.out(USAGE);
    return 0;
  }

  if (isMailCommand(command)) {
    try {
      await runMailCommand(command, env, output.out);
      return 0;
    } catch (error) {
      if (!(error instanceof ConfigError || error instanceof OutboxError)) throw error;
      output.err(error.message);
      return 1;
    }
  }

  let release: (() => void) | null = null;
  try {
    const config = loadConfig(env);
    ensureDataDir(config);
    if (config.engine === 'pglite') release = acquireDataDirLock(config.dataDir, 'the Sexhandel CLI');
    const orm = await createOrmSetup(config);
    const app = await NestFactory.createApplicationContext(AppModule.forRoot(config, orm), { logger: false });
    try {
      await migrateDatabase(app);
      if (command.name === 'backup' || command.name === 'restore') {
        const mikro = app.get(MikroORM);
        const summary =
          command.name === 'backup' ? await writeBackup(mikro, command.file) : await restoreBackup(mikro, command.file);
        const rows = Object.values(summary.counts).reduce((sum, n) => sum + n, 0);
        const tables = Object.keys(summary.counts).length;
        if (command.name === 'backup') {
          output.out(
            `Backed up ${rows} rows from ${tables} tables to ${summary.file} (schema: ${summary.migrations.length} migrations).`,
          );
          output.out('Encrypted columns (e-mail addresses, contact messages) are in the file as ciphertext:');
          output.out('keep DATA_KEY (or DATA_DIR/data-key) safe and apart from it; restoring needs the same key.');
        } else {
          output.out(`Restored ${rows} rows into ${tables} tables from ${summary.file}.`);
          output.out('Encrypted columns only read back with the same DATA_KEY the backup was made with.');
        }
        return 0;
      }
      const accounts = app.get(AccountsService);
      const account =
        command.name === 'create-user' && registration
          ? await accounts.createAccount(registration, [command.role])
          : command.name === 'set-role'
            ? await accounts.setAccountRole(command.alias, command.role)
            : null;
      if (!account) throw new Error('unreachable: no account command');
      const verb = command.name === 'create-user' ? 'Created' : 'Updated';
      output.out(`${verb} account "${account.alias}" with roles: ${account.roles.join(', ')}`);
      return 0;
    } finally {
      await app.close();
      await orm.dispose();
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof BackupError) {
      output.err(error.message);
      return 1;
    }
    if (error instanceof HttpException) {
      const body = error.getResponse();
      const message =
        typeof body === 'object' && body !== null && 'message' in body ? String(body.message) : error.message;
      output.err(`Refused: ${message}`);
      return 1;
    }
    output.err(`Failed: ${(error as Error).message}`);
    return 1;
  } finally {
    release?.();
  }
}

// Only when run as a program (node dist/cli/cli.js), not when a test imports runCli.
if (typeof module !== 'undefined' && require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
