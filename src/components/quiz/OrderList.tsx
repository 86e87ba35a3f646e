import { useRef, useState } from 'preact/hooks';
import { optionLetter } from '../../lib/quiz/describe';
import { dropIndex, moveItem } from '../../lib/quiz/order';
import type { Option } from '../../schemas/question';

interface Props {
  /** The options as first shown, which fixes their letters. */
  options: readonly Option[];
  /** Option ids in the reader's current order. */
  order: readonly string[];
  onChange: (order: string[]) => void;
}

/**
 * Puts items in order: each item has 上移 and 下移 buttons for the keyboard, and a handle to drag it with a mouse,
 * pen or finger (pointer events). Each move is announced.
 */
export function OrderList({ options, order, onChange }: Props) {
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  // Pointer events can come faster than renders: the item held and the order as last changed are kept in refs,
  // so that each move starts from the one before it.
  const held = useRef<string | null>(null);
  const latest = useRef(order);
  latest.current = order;
  const label = (id: string) => {
    const index = options.findIndex((o) => o.id === id);
    return `${optionLetter(index)}. ${options[index]?.text}`;
  };
  const move = (from: number, to: number) => {
    const id = latest.current[from]!;
    const next = moveItem(latest.current, from, to);
    latest.current = next;
    onChange(next);
    setAnnouncement(`“${label(id)}”移到了第${next.indexOf(id) + 1}位。`);
  };
  // Rows are keyed by position, not by item, so that moving an item re-labels rows instead of moving them, which
  // would drop focus; focus then goes to the same button in the item's new row. The end buttons are aria-disabled,
  // not disabled, so that focus is never lost to a button that turns off.
  const drop = () => {
    held.current = null;
    setDragging(null);
  };
  const step = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= order.length) return;
    move(index, to);
    list.current?.children[to]?.querySelectorAll('button')[by < 0 ? 0 : 1]?.focus();
  };

  return (
    <>
      <ol class="order" ref={list}>
        {order.map((id, index) => (
          <li key={index} class={`order__item${dragging === id ? ' order__item--dragging' : ''}`}>
            <span
              class="order__handle"
              aria-hidden="true"
              title="按住拖动"
              onPointerDown={(event) => {
                if (event.button !== 0) return;
                event.currentTarget.setPointerCapture(event.pointerId);
                held.current = id;
                setDragging(id);
              }}
              onPointerMove={(event) => {
                if (held.current === null) return;
                const from = latest.current.indexOf(held.current);
                const middles = [...(list.current?.children ?? [])].map((row) => {
                  const box = row.getBoundingClientRect();
                  return box.top + box.height / 2;
                });
                const to = dropIndex(middles, from, event.clientY);
                if (to !== from) move(from, to);
              }}
              onPointerUp={drop}
              onPointerCancel={drop}
            >
              <svg viewBox="0 0 24 24" width="22" height="22" focusable="false">
                <path d="M6 8h12M6 12h12M6 16h12" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
              </svg>
            </span>
            <span class="order__position" aria-hidden="true">
              {index + 1}
            </span>
            <span class="order__text">{label(id)}</span>
            <span class="order__buttons">
              <button type="button" class="button" aria-disabled={index === 0} aria-label={`上移：${label(id)}`} onClick={() => step(index, -1)}>
                <span aria-hidden="true">↑</span>上移
              </button>
              <button
                type="button"
                class="button"
                aria-disabled={index === order.length - 1}
                aria-label={`下移：${label(id)}`}
                onClick={() => step(index, 1)}
              >
                <span aria-hidden="true">↓</span>下移
              </button>
            </span>
          </li>
        ))}
      </ol>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
