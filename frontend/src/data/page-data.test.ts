import { expect } from '@open-wc/testing';
import { PAGE_DATA_ID, readPageData } from './page-data.js';

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
