// Looks for secrets in text: the exact form, any letter case, and for e-mail addresses also the
// encodings a careless log line or column could use (URL-encoded, hex, base64 at every alignment).

/** What must never be found, with a label for the failure message. */
export interface Secret {
  label: string;
  value: string;
  /** Also search hex, base64 and URL-encoded forms (e-mail addresses). */
  encodings?: boolean;
}

export interface Finding {
  secret: string;
  form: string;
  where: string;
  /** A few characters around the hit, with the secret itself masked. */
  around: string;
}

interface Form {
  form: string;
  text: string;
  /** Compare in lower case on both sides. */
  anyCase: boolean;
}

/** Base64 of `value` as it appears inside a longer base64 text, for each of the three byte alignments. */
function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const forms: string[] = [];
  for (let offset = 0; offset < 3; offset += 1) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64');
    // Characters mixing padding bytes or the unknown next byte differ with the neighbours: drop them.
    const start = [0, 2, 3][offset];
    const end = Math.floor((offset + bytes.length) / 3) * 4;
    const stable = encoded.slice(start, end);
    if (stable.length >= 8) forms.push(stable);
  }
  return forms;
}

function formsOf(secret: Secret): Form[] {
  const forms: Form[] = [
    { form: 'plain', text: secret.value, anyCase: false },
    { form: 'any letter case', text: secret.value, anyCase: true },
  ];
  if (secret.encodings) {
    forms.push({ form: 'URL-encoded', text: encodeURIComponent(secret.value), anyCase: true });
    forms.push({ form: 'hex', text: Buffer.from(secret.value).toString('hex'), anyCase: true });
    forms.push({
      form: 'hex (lower case)',
      text: Buffer.from(secret.value.toLowerCase()).toString('hex'),
      anyCase: true,
    });
    for (const variant of new Set([secret.value, secret.value.toLowerCase()])) {
      for (const text of base64Forms(variant)) {
        forms.push({ form: 'base64', text, anyCase: false });
        forms.push({ form: 'base64url', text: text.replace(/\+/g, '-').replace(/\//g, '_'), anyCase: false });
      }
    }
  }
  return forms;
}

/** A scanner made once per set of secrets; scan() may be called for many texts. */
export class LeakScanner {
  private readonly forms: { secret: Secret; form: Form; needle: string }[];
  bytesScanned = 0;
  textsScanned = 0;

  constructor(secrets: Secret[]) {
    for (const secret of secrets) {
      if (secret.value.length < 5) throw new Error(`secret "${secret.label}" is too short to search for reliably`);
    }
    this.forms = secrets.flatMap((secret) =>
      formsOf(secret).map((form) => ({ secret, form, needle: form.anyCase ? form.text.toLowerCase() : form.text })),
    );
  }

  /** Number of distinct forms searched for. */
  get formCount(): number {
    return this.forms.length;
  }

  scan(where: string, text: string): Finding[] {
    this.bytesScanned += Buffer.byteLength(text, 'utf8');
    this.textsScanned += 1;
    const lower = text.toLowerCase();
    const findings: Finding[] = [];
    const seen = new Set<string>();
    for (const { secret, form, needle } of this.forms) {
      const haystack = form.anyCase ? lower : text;
      const at = haystack.indexOf(needle);
      if (at < 0) continue;
      // One finding per secret and place is enough to explain a failure.
      const key = `${secret.label}|${where}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const before = text.slice(Math.max(0, at - 40), at);
      const after = text.slice(at + needle.length, at + needle.length + 40);
      findings.push({
        secret: secret.label,
        form: form.form,
        where,
        around: `${before}[${secret.label}]${after}`.replace(/\s+/g, ' '),
      });
    }
    return findings;
  }
}

/** Anything shaped like an e-mail address (used on API responses). */
export const EMAIL_PATTERN = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;

export function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `- ${f.secret} (${f.form}) in ${f.where}: …${f.around}…`).join('\n');
}
