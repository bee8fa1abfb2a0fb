import { expect } from '@open-wc/testing';
import { firstLoadsPending, firstLoadsSettled, trackFirstLoad } from './first-loads.js';

describe('first loads', () => {
  it('settles once every tracked load has finished, failed ones too', async () => {
    let finish!: () => void;
    let fail!: (error: Error) => void;
    const one = trackFirstLoad(new Promise<void>((resolve) => (finish = resolve)));
    const two = trackFirstLoad(new Promise<void>((_resolve, reject) => (fail = reject)));
    two.catch(() => undefined);
    let settled = false;
    void firstLoadsSettled().then(() => (settled = true));
    expect(firstLoadsPending()).to.equal(true);
    finish();
    await one;
    await Promise.resolve();
    expect(settled, 'one load still out').to.equal(false);
    fail(new Error('offline'));
    await firstLoadsSettled();
    expect(firstLoadsPending()).to.equal(false);
    expect(settled).to.equal(true);
  });
});
