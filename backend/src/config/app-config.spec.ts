import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './app-config';

describe(loadConfig.name, () => {
  describe('TRUST_PROXY', () => {
    const trustProxy = (value: string | undefined) => loadConfig({ TRUST_PROXY: value }).trustProxy;

    it('trusts no proxy by default', () => {
      expect(trustProxy(undefined)).toBe(false);
      expect(trustProxy('')).toBe(false);
      expect(trustProxy('false')).toBe(false);
    });

    it('takes a hop count, addresses, CIDR ranges and the named ranges', () => {
      expect(trustProxy('1')).toBe(1);
      expect(trustProxy('loopback')).toEqual(['loopback']);
      expect(trustProxy('127.0.0.1, 10.0.0.0/8,::1, fd00::/8,uniquelocal')).toEqual([
        '127.0.0.1',
        '10.0.0.0/8',
        '::1',
        'fd00::/8',
        'uniquelocal',
      ]);
    });

    it.each([
      'true',
      '*',
      '0',
      '11',
      'proxy.example.org',
      '10.0.0.0/33',
      '::1/129',
      '10.0.0.1/8/8',
      '1.2.3',
      'loopback,',
    ])('refuses %j with a message that says what it takes', (value) => {
      expect(() => trustProxy(value)).toThrow(ConfigError);
      expect(() => trustProxy(value)).toThrow(/TRUST_PROXY must be/);
    });
  });
});
