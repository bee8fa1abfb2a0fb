import { describe, expect, it } from 'vitest';
import type { MutationGate, MutationHandler } from './mutation-handler';
import { MutationHandlerRegistry } from './mutation-handler.registry';

const handler = (access: 'account' | 'anyone'): MutationHandler => ({
  kind: 'visit.record',
  access,
  payloadType: Object,
  apply: () => Promise.resolve(undefined),
});

describe(MutationHandlerRegistry.name, () => {
  describe('gatesFor', () => {
    it('gives account gates to handlers that need an account, in the order added, and none to open handlers', () => {
      const sut = new MutationHandlerRegistry();
      const first: MutationGate = () => Promise.resolve();
      const second: MutationGate = () => Promise.resolve();
      expect(sut.gatesFor(handler('account'))).toEqual([]);
      sut.addAccountGate(first);
      sut.addAccountGate(second);
      expect(sut.gatesFor(handler('account'))).toEqual([first, second]);
      expect(sut.gatesFor(handler('anyone'))).toEqual([]);
    });
  });
});
