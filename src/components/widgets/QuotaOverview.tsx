import { useEffect, useRef, useState } from 'preact/hooks';
import { amount } from '../../lib/figures';
import { candidateFloors, candidateSplit, provinceQuota, type QuotaShare } from '../../lib/widgets/quota';
import { LegendDetails, LegendEntry, useHighlight, type Highlight, type Tone } from './Legend';
import { RuleQuote } from './RuleQuote';
import { Squares } from './Squares';

type Key = QuotaShare['key'];

const shares = [provinceQuota, ...candidateSplit, ...candidateFloors];
const tones: Partial<Record<Key, Tone>> = { frontline: 'hollow' };
const toneOf = (key: Key): Tone => tones[key] ?? 'solid';

/** 51名，约占90名的56.7%: a share in words, marked 约 where rounded. */
const inWords = ({ figure, whole, share }: QuotaShare) =>
  `${amount(figure)}，${share.exact ? '' : '约'}占${amount(whole)}的${share.text}%`;

/** A share of a whole as a bar: a filled length on an outlined track. */
function Bar({ share, highlight }: { share: QuotaShare; highlight: Highlight<Key> }) {
  const width = (300 * share.figure.value) / share.whole.value;
  return (
    <svg class="picture picture--bar" viewBox="0 0 300 18" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <g class={highlight.partClass(share.key)} {...highlight.onPicture(share.key)}>
        <rect class="tone-hollow" x="1" y="1" width="298" height="16" rx="2" />
        <rect class="tone-solid" x="1" y="1" width={Math.max(width, 2)} height="16" rx="2" />
      </g>
    </svg>
  );
}

function Entry({ share, highlight }: { share: QuotaShare; highlight: Highlight<Key> }) {
  return (
    <LegendEntry part={share.key} tone={toneOf(share.key)} highlight={highlight}>
      <span class="legend__label">{share.figure.label}</span> {inWords(share)}
    </LegendEntry>
  );
}

/**
 * On a phone the details sit below the pictures, often below the screen: a tap on a part brings them into view,
 * without the glide where motion is reduced. Not a mouse's click (the page would move under the pointer, whose hover
 * then picks another part) nor a key's press (the reader is steering the focus).
 */
function useRevealOnTap(picked: Highlight<Key>) {
  const root = useRef<HTMLDivElement>(null);
  const [taps, setTaps] = useState(0);
  useEffect(() => {
    const box = root.current?.querySelector('.details');
    if (!taps || !box) return;
    const { top, bottom } = box.getBoundingClientRect();
    if (top >= 0 && bottom <= innerHeight) return;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    box.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
  }, [taps]);
  /** A tap: a key's press has no clicks in `detail`; where a click has no pointerType (older Safari), no hover means touch. */
  const tapping = (handlers: ReturnType<Highlight<Key>['onPicture']>) => ({
    ...handlers,
    onClick: (event?: MouseEvent) => {
      handlers.onClick();
      if (!event || event.detail === 0) return;
      const pointer = (event as Partial<PointerEvent>).pointerType;
      if (pointer ? pointer !== 'mouse' : matchMedia('(hover: none)').matches) setTaps((n) => n + 1);
    },
  });
  const highlight: Highlight<Key> = {
    ...picked,
    onPicture: (key) => tapping(picked.onPicture(key)),
    onLegend: (key) => tapping(picked.onLegend(key)),
  };
  return { root, highlight };
}

/**
 * The quota overview: 69 of the national 2300 as a bar, the 90 recommended candidates as 90 squares in a block
 * of 51 leading cadres and one of 39 front-line members, and the floors among the 90 as bars. Every picture has
 * its legend in words; hover, tap or keyboard focus on a part brings up its sum and the handbook's words.
 */
export default function QuotaOverview() {
  const { root, highlight } = useRevealOnTap(useHighlight<Key>());
  const shown = shares.find((p) => p.key === highlight.active);
  return (
    <div class="quota" ref={root}>
      <h3 class="widget__subtitle">从全国到我省</h3>
      <Bar share={provinceQuota} highlight={highlight} />
      <ul class="legend">
        <li>
          <Entry share={provinceQuota} highlight={highlight} />
        </li>
      </ul>

      <h3 class="widget__subtitle">90名代表候选人推荐人选的构成</h3>
      <Squares
        blocks={candidateSplit.map((p) => [{ key: p.key, count: p.figure.value, tone: toneOf(p.key) }])}
        perRow={15}
        highlight={highlight}
      />
      <ul class="legend">
        {candidateSplit.map((share) => (
          <li key={share.key}>
            <Entry share={share} highlight={highlight} />
          </li>
        ))}
      </ul>

      <h3 class="widget__subtitle">90名中至少要有</h3>
      <ul class="legend">
        {candidateFloors.map((share) => (
          <li key={share.key}>
            <Entry share={share} highlight={highlight} />
            <Bar share={share} highlight={highlight} />
          </li>
        ))}
      </ul>

      <LegendDetails>
        {shown && (
          <>
            <p class="details__sum">
              {shown.figure.value} ÷ {shown.whole.value} {shown.share.exact ? '=' : '≈'} {shown.share.text}%
            </p>
            <RuleQuote citation={shown.figure} />
          </>
        )}
      </LegendDetails>
    </div>
  );
}
