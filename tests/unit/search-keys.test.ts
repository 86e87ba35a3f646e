import { describe, expect, it } from 'vitest';
import { moveFocus, searchBox } from '../../src/lib/search/keys';

describe('the arrow keys in a search', () => {
  it('go down from the box to the first result, then one result at a time, stopping at the last', () => {
    expect(moveFocus('ArrowDown', searchBox, 3)).toBe(0);
    expect(moveFocus('ArrowDown', 0, 3)).toBe(1);
    expect(moveFocus('ArrowDown', 2, 3)).toBe(2);
  });

  it('go up one result at a time, and from the first back to the box', () => {
    expect(moveFocus('ArrowUp', 2, 3)).toBe(1);
    expect(moveFocus('ArrowUp', 0, 3)).toBe(searchBox);
  });

  it('jump to the first and last result with Home and End, which in the box still move the caret', () => {
    expect(moveFocus('Home', 2, 3)).toBe(0);
    expect(moveFocus('End', 0, 3)).toBe(2);
    expect(moveFocus('Home', searchBox, 3)).toBeUndefined();
    expect(moveFocus('ArrowUp', searchBox, 3)).toBeUndefined();
  });

  it('do nothing when there are no results, and leave other keys alone', () => {
    expect(moveFocus('ArrowDown', searchBox, 0)).toBeUndefined();
    expect(moveFocus('Enter', 1, 3)).toBeUndefined();
  });
});
