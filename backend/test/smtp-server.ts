import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

// A real SMTP server on loopback for the specs that send mail (counsellor answers, password reset).

export interface Delivered {
  to: string[];
  raw: string;
}

export interface TestSmtpOptions {
  /** Listen on this port (a server that was down coming back); default: any free port. */
  port?: number;
  /** Recipients refused for good (550), as a real server refuses an unknown mailbox. */
  refuse?: RegExp;
}

/** A real SMTP server on loopback that keeps what it receives. */
export async function startSmtp(options: TestSmtpOptions = {}): Promise<TestSmtp> {
  const inbox: Delivered[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!options.refuse?.test(address.address)) return callback();
      callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        inbox.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  return { server, port: (server.server.address() as AddressInfo).port, inbox };
}

/** Quoted-printable soft line breaks and escapes undone, so assertions read the plain text. */
export function decodeQuotedPrintable(raw: string): string {
  return Buffer.from(
    raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}

export interface TestSmtp {
  server: SMTPServer;
  port: number;
  inbox: Delivered[];
}

export async function stopSmtp(smtp: TestSmtp): Promise<void> {
  await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
}
