import type { SiteStorage } from '../../src/lib/versioned-storage';

/** An in-memory Storage that can be told to refuse reads or writes, as browsers do. */
export class FakeStorage implements SiteStorage {
  readonly items = new Map<string, string>();
  refusesReads = false;
  refusesWrites = false;
  getItem(key: string): string | null {
    if (this.refusesReads) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.refusesWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}
