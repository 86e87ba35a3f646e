import type { ComponentChildren } from 'preact';
import { Icon } from '../Icon';

/** Something wrong with the address (a code that does not read, a set with no questions), then a way on. */
export function Problem({ message, children }: { message: string; children: ComponentChildren }) {
  return (
    <>
      <p class="notice" role="alert">
        <Icon name="warning" />
        {message}
      </p>
      {children}
    </>
  );
}
