import { useState } from 'preact/hooks';

/** A module loaded the first time it is wanted, to keep it out of the page's first JavaScript; null until then. */
export function useLazy<T>(loader: () => Promise<T>): [T | null, () => void] {
  const [module, setModule] = useState<T | null>(null);
  const want = () => {
    if (!module) void loader().then((loaded) => setModule(() => loaded));
  };
  return [module, want];
}
