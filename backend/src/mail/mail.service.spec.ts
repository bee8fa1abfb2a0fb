import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { MailService } from './mail.service';

describe(MailService.name, () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await createTestApp();
  });
  afterAll(async () => sut.close());

  describe('sendMail', () => {
    it('without SMTP_URL writes an RFC 822 .eml file, readable by the owner only, under DATA_DIR/mail', async () => {
      const delivery = await sut.app
        .get(MailService)
        .sendMail({ to: 'someone@example.org', subject: 'Hei', text: 'Tekst æøå' });
      expect(delivery.via).toBe('file');
      const dir = join(sut.config.dataDir, 'mail');
      const [file] = readdirSync(dir);
      expect(file).toMatch(/\.eml$/);
      const path = join(dir, file as string);
      expect(statSync(path).mode & 0o777).toBe(0o600);
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      const raw = readFileSync(path, 'utf8');
      expect(raw).toMatch(/^From: Sexhandel <no-reply@localhost>$/m);
      expect(raw).toMatch(/^To: someone@example\.org$/m);
      expect(raw).toMatch(/^Subject: Hei$/m);
      expect(raw).toMatch(/^Message-ID: </m);
    });
  });
});
