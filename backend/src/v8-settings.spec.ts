import { describe, expect, it } from 'vitest';
import { applyV8Settings, V8_SETTINGS } from './v8-settings';

describe('V8 heap settings applied by main', () => {
  it('applies both settings when none is given', () => {
    expect(applyV8Settings('')).toEqual(V8_SETTINGS);
  });

  it('leaves a setting given on the command line or in NODE_OPTIONS to it', () => {
    expect(applyV8Settings('--max-semi-space-size=8')).toEqual(['--heap-growing-percent=25']);
    expect(applyV8Settings('--heap_growing_percent=50 --inspect')).toEqual(['--semi-space-growth-factor=1']);
  });
});
