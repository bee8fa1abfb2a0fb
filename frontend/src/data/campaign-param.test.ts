import { expect } from '@open-wc/testing';
import { takeCampaignParam } from './campaign-param.js';

/** A window stand-in: the test must not change the test runner's own address. */
function fakeWindow(href: string) {
  const replaced: string[] = [];
  const win = {
    location: { href } as Location,
    history: {
      state: null,
      replaceState: (_state: unknown, _title: string, url: string) => replaced.push(url),
    } as unknown as History,
  };
  return { win, replaced };
}

describe(takeCampaignParam.name, () => {
  it('returns the code and removes ?k= from the address, keeping the rest', () => {
    const { win, replaced } = fakeWindow('https://sexhandel.example/?k=ABC234&x=1#top');
    expect(takeCampaignParam(win)).to.equal('abc234');
    expect(replaced).to.deep.equal(['/?x=1#top']);
  });

  it('removes a parameter that cannot be a code without returning it', () => {
    const { win, replaced } = fakeWindow('https://sexhandel.example/?k=%3Cscript%3E');
    expect(takeCampaignParam(win)).to.equal(undefined);
    expect(replaced).to.deep.equal(['/']);
  });

  it('leaves an address without ?k= alone', () => {
    const { win, replaced } = fakeWindow('https://sexhandel.example/artikler?side=2');
    expect(takeCampaignParam(win)).to.equal(undefined);
    expect(replaced).to.deep.equal([]);
  });
});
