import { describe, expect, it } from 'vitest';
import { figures } from '../../src/lib/figures';
import { readBlocks } from '../helpers/handbook';

const blocks = readBlocks();

describe('every figure is stated by the paragraph it cites', () => {
  for (const [key, f] of Object.entries(figures)) {
    it(`${key}: ${f.qualifier ?? ''}${f.value}${f.unit} in #${f.anchor}`, () => {
      const block = blocks.get(f.anchor);
      expect(block, `no paragraph #${f.anchor}`).toBeDefined();
      expect(block!.part).toBe(f.part);
      expect(block!.text).toContain(f.quote);
      expect(f.quote).toContain(`${f.qualifier ?? ''}${f.value}${f.unit === '名' || f.unit === '个' ? '' : f.unit}`);
    });
  }
});
