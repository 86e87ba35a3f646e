import { useRef } from 'preact/hooks';
import { marginDraftQuery, marginQuery, readMarginQuery } from '../../lib/widgets/margin-address';
import { figures, type Qualifier } from '../../lib/figures';
import { calculateMargin, marginDraft, marginLabels, marginPreset, readMarginDraft, type MarginDraft } from '../../lib/widgets/margin';
import { Field } from './Field';
import { RuleQuote } from './RuleQuote';
import { Status } from './Status';
import { useAddressForm } from './use-address-form';
import { RuleVerdict } from './RuleVerdict';

const blank: MarginDraft = { seats: '', margin: '', qualifier: '多于', candidates: '' };
const spec = { blank, read: readMarginDraft, fromQuery: readMarginQuery, toQuery: marginDraftQuery };

const qualifiers: { value: Qualifier; label: string; meaning: string }[] = [
  { value: '多于', label: '多于', meaning: '不含本数：恰好等于还不够' },
  { value: '不少于', label: '不少于', meaning: '含本数：恰好等于就可以' },
];

/**
 * The margin calculator (差额测算): seats and a margin of 多于 or 不少于 some percent in, the least number of
 * candidates out with the working (69 × 1.15 = 79.35 → 至少80名); given a number of candidates, their margin and
 * whether it meets the rule. The form lives in the page address.
 */
export default function MarginCalculator() {
  const root = useRef<HTMLDivElement>(null);
  const form = useAddressForm(spec, root);
  const result = form.value && calculateMargin(form.value);
  const isPreset = marginDraftQuery(form.draft) === marginQuery(marginPreset);
  const working = result?.working;
  const check = result?.check;
  return (
    <div class="margin" ref={root}>
      <div class="presets no-print">
        <button type="button" class="button" aria-pressed={isPreset} onClick={() => form.load(marginDraft(marginPreset))}>
          填入手册的例子：应选{marginPreset.seats}名，多于{figures.marginPercent.value}%，候选人{marginPreset.candidates}名
        </button>
        <button type="button" class="button" onClick={() => form.load(blank)}>
          清空
        </button>
      </div>
      <div class="fields">
        <Field id="margin-seats" label={marginLabels.seats} unit="名" {...form.field('seats')} />
        <Field id="margin-margin" label={marginLabels.margin} unit="%" inputMode="decimal" {...form.field('margin')} />
        <fieldset class="field field--radios" aria-describedby={form.errors.qualifier ? 'margin-qualifier-error' : undefined}>
          <legend class="field__label">{marginLabels.qualifier}</legend>
          {qualifiers.map((q) => (
            <label key={q.value} class="field__option">
              <input
                type="radio"
                name="margin-qualifier"
                value={q.value}
                checked={form.draft.qualifier === q.value}
                // A click, not a change: choosing the word already checked still clears a bad one from the address.
                onClick={() => form.change('qualifier', q.value)}
              />
              <span>
                <strong>{q.label}</strong>（{q.meaning}）
              </span>
            </label>
          ))}
          <p class="field__error" id="margin-qualifier-error">
            {form.errors.qualifier}
          </p>
        </fieldset>
        <Field
          id="margin-candidates"
          label={marginLabels.candidates}
          hint="可以不填；填写后计算这些候选人的差额比例。"
          unit="名"
          {...form.field('candidates')}
        />
      </div>
      <Status
        result={
          working && (
            <>
              测算结果：至少需要<strong class="status__figure">{working.minimum}</strong>名候选人
              {check && `；${check.candidates}名候选人${check.meets ? '符合' : '不符合'}要求`}。
            </>
          )
        }
        hasErrors={form.hasErrors}
        prompt={`填写${marginLabels.seats}和${marginLabels.margin}后，这里显示测算结果。`}
      />
      {working && (
        <section class="working">
          <h3 class="widget__subtitle">算法</h3>
          <p class="working__line">
            {working.seats} ×（1 + {working.marginText}%）= {working.seats} × {working.multiplierText} = {working.productText}
          </p>
          <p>{working.reason}</p>
          <p>
            所以至少需要{working.minimum}名候选人，比应选人数多{working.extra}名。
          </p>
        </section>
      )}
      {check && (
        <section class="working">
          <h3 class="widget__subtitle">{check.candidates}名候选人的差额比例</h3>
          <p class="working__line">
            （{check.candidates} − {check.seats}）÷ {check.seats} = {check.extra} ÷ {check.seats} {check.text.exact ? '=' : '≈'} {check.text.text}%
          </p>
          <p>
            <RuleVerdict outcome={check.meets ? 'met' : 'notMet'} /> {check.note}
          </p>
        </section>
      )}
      <RuleQuote citation={figures.marginPercent} />
    </div>
  );
}
