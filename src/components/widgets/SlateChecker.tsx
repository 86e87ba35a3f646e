import { useRef } from 'preact/hooks';
import { readSlateQuery, slateDraftQuery, slateQuery } from '../../lib/widgets/slate-address';
import {
  checkSlate,
  readSlateDraft,
  slateDraft,
  slateFields,
  slateLabels,
  slatePresets,
  type SlateCheck,
  type SlateDraft,
  type SlateField,
} from '../../lib/widgets/slate';
import { Field } from './Field';
import { RuleQuote } from './RuleQuote';
import { Status } from './Status';
import { useAddressForm } from './use-address-form';
import { RuleVerdict } from './RuleVerdict';

const blank = Object.fromEntries(slateFields.map((field) => [field, ''])) as SlateDraft;
const spec = { blank, read: readSlateDraft, fromQuery: readSlateQuery, toQuery: slateDraftQuery };

const hints: Partial<Record<SlateField, string>> = {
  size: '必填。其余各项可以不填，不填的项目无法判断。',
  localWomenShare: '用于判断女党员代表的比例要求，可以不填，如 30 或 30.5。',
};

const sources: { source: SlateCheck['source']; title: string }[] = [
  { source: 'central', title: '党中央对代表结构的要求' },
  { source: 'candidateList', title: '我省90名推荐人选的最少人数（名单为90人时测算）' },
];

/** 共5项：符合3项，不符合1项，无法判断1项。 */
function tally(checks: SlateCheck[]): string {
  const count = (verdict: SlateCheck['verdict']) => checks.filter((c) => c.verdict === verdict).length;
  return `共${checks.length}项：符合${count('met')}项，不符合${count('notMet')}项，无法判断${count('cannotJudge')}项。`;
}

function Check({ check }: { check: SlateCheck }) {
  return (
    <li class={`check check--${check.verdict}`}>
      <RuleVerdict outcome={check.verdict} />
      <RuleQuote citation={check} />
      <p class="check__note">{check.note}</p>
    </li>
  );
}

/**
 * The slate checker (结构测算): a list's size and its counts in, every rule that applies out, each as 符合, 不符合
 * or 无法判断 with the reason, the handbook's sentence and a link to it. Presets load the handbook's lists; the
 * form lives in the page address.
 */
export default function SlateChecker() {
  const root = useRef<HTMLDivElement>(null);
  const form = useAddressForm(spec, root);
  const checks = form.value ? checkSlate(form.value) : [];
  const preset = slatePresets.find((p) => slateQuery(p.counts) === slateDraftQuery(form.draft));
  return (
    <div class="slate" ref={root}>
      <div class="presets no-print">
        <p class="presets__title">填入现成的名单：</p>
        {slatePresets.map((p) => (
          <button key={p.id} type="button" class="button" aria-pressed={preset === p} onClick={() => form.load(slateDraft(p.counts))}>
            {p.label}
          </button>
        ))}
        <button type="button" class="button" onClick={() => form.load(blank)}>
          清空
        </button>
        {preset && <p class="presets__note">{preset.note}</p>}
      </div>
      <div class="fields">
        {slateFields.map((field) => (
          <Field
            key={field}
            id={`slate-${field}`}
            label={slateLabels[field]}
            unit={field === 'localWomenShare' ? '%' : '名'}
            inputMode={field === 'localWomenShare' ? 'decimal' : 'numeric'}
            hint={hints[field]}
            {...form.field(field)}
          />
        ))}
      </div>
      <Status
        result={form.value && `测算结果：${tally(checks)}`}
        hasErrors={form.hasErrors}
        prompt={`填写${slateLabels.size}和各类人数后，这里显示测算结果。`}
      />
      {sources.map(({ source, title }) => {
        const rows = checks.filter((c) => c.source === source);
        return (
          rows.length > 0 && (
            <section key={source} class="checks">
              <h3 class="widget__subtitle">{title}</h3>
              <ul>
                {rows.map((check) => (
                  <Check key={check.measure} check={check} />
                ))}
              </ul>
            </section>
          )
        );
      })}
    </div>
  );
}
