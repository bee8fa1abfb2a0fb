import { expect } from '@open-wc/testing';
import { appDb } from './app-db.js';
import { pendingArticleCount, pendingArticleTopics } from './content.js';
import { keepPageData, PAGE_DATA_ID, readPageData } from './page-data.js';

function withBlock(text: string): Document {
  const doc = document.implementation.createHTMLDocument('x');
  const script = doc.createElement('script');
  script.type = 'application/json';
  script.id = PAGE_DATA_ID;
  script.textContent = text;
  doc.body.append(script);
  return doc;
}

describe(readPageData.name, () => {
  it('reads the rows of entities this build knows, and drops anything else', () => {
    const data = readPageData(
      withBlock(
        JSON.stringify({
          path: '/nyheter',
          changes: [
            { seq: 3, entity: 'newsLink', op: 'upsert', id: 'n1', data: { title: 'Sak' } },
            { seq: 4, entity: 'account', op: 'upsert', id: 'x', data: {} },
            { seq: 'x', entity: 'newsLink', op: 'upsert', id: 'n2', data: {} },
            null,
          ],
        }),
      ),
    );
    expect(data?.path).to.equal('/nyheter');
    expect(data?.changes.map((change) => change.id)).to.deep.equal(['n1']);
  });

  it('gives null for a page without a block or with a broken one', () => {
    expect(readPageData(document.implementation.createHTMLDocument('x'))).to.equal(null);
    expect(readPageData(withBlock('{"path": '))).to.equal(null);
    expect(readPageData(withBlock('{"changes": []}'))).to.equal(null);
  });
});

describe(keepPageData.name, () => {
  beforeEach(async () => {
    await appDb.meta.clear();
  });
  afterEach(async () => {
    await appDb.meta.clear();
  });

  it('keeps the article topics of a server page until the device has pulled every article', async () => {
    const data = readPageData(
      withBlock(JSON.stringify({ path: '/artikler', changes: [], articleTopics: ['helse', 7, 'lov'] })),
    );
    expect(data?.articleTopics).to.deep.equal(['helse', 'lov']);
    await keepPageData(data!, appDb);
    expect(await pendingArticleTopics(appDb)).to.deep.equal(['helse', 'lov']);
    // A device that has pulled once has every article: a server page's topics are not kept.
    await appDb.meta.clear();
    await appDb.meta.put({ key: 'lastSyncedAt', value: new Date().toISOString() });
    await keepPageData(data!, appDb);
    expect(await pendingArticleTopics(appDb)).to.deep.equal([]);
    expect(await pendingArticleCount(appDb)).to.equal(null);
  });
});
