import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LIMITS } from '@sexhandel/shared';
import { errorSummaryOf, stubFetch } from '../../test/fixtures.js';
import type { ShRegisterPage } from './sh-register-page.js';
import './sh-register-page.js';

function fill(sut: ShRegisterPage, values: Record<string, string>): ShadowRoot {
  const root = sut.shadowRoot as ShadowRoot;
  for (const [id, value] of Object.entries(values)) (root.querySelector(`#${id}`) as HTMLInputElement).value = value;
  root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
  return root;
}

describe('sh-register-page', () => {
  it('states the real alias rules before the first try; accessible', async () => {
    const sut = await fixture<ShRegisterPage>(html`<sh-register-page></sh-register-page>`);
    const hint = sut.shadowRoot?.querySelector('#alias-hint')?.textContent ?? '';
    expect(hint).to.contain(`${LIMITS.aliasMin}–${LIMITS.aliasMax} tegn`);
    expect(hint).to.contain('understrek');
    expect(hint).to.contain('Første og siste tegn');
    await expect(sut).to.be.accessible();
  });

  it('lists every problem at once before sending, each at its field', async () => {
    const { fetchFn, requests } = stubFetch(() => ({}));
    const sut = await fixture<ShRegisterPage>(html`<sh-register-page .fetchFn=${fetchFn}></sh-register-page>`);
    const root = fill(sut, { alias: '-ola-', email: 'ola', password: 'kort' });
    await waitUntil(() => errorSummaryOf(root), 'no summary');
    expect(requests).to.have.length(0);
    const links = [...(errorSummaryOf(root)?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['#alias', '#email', '#password']);
    for (const id of ['alias', 'email', 'password']) {
      expect(root.querySelector(`#${id}`)?.getAttribute('aria-invalid')).to.equal('true');
      expect(root.querySelector(`#${id}`)?.getAttribute('aria-describedby')).to.equal(`${id}-error ${id}-hint`);
    }
    expect(root.querySelector('#alias-error')?.textContent).to.contain('begynne og slutte med en bokstav');
    await expect(sut).to.be.accessible();
  });

  it('shows a taken alias at the alias field in Norwegian', async () => {
    const { fetchFn } = stubFetch(
      () =>
        new Response(
          JSON.stringify({ statusCode: 409, error: 'Conflict', message: 'That alias is taken', code: 'alias_taken' }),
          { status: 409, headers: { 'content-type': 'application/json' } },
        ),
    );
    const sut = await fixture<ShRegisterPage>(html`<sh-register-page .fetchFn=${fetchFn}></sh-register-page>`);
    const root = fill(sut, { alias: 'Nattugla', email: 'ola@example.org', password: 'et langt og godt passord' });
    await waitUntil(() => errorSummaryOf(root), 'no summary');
    expect(root.querySelector('#alias-error')?.textContent).to.contain('Dette aliaset er tatt');
    expect(errorSummaryOf(root)?.textContent).not.to.contain('That alias');
  });
});
