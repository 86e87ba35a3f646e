import { amount, figures } from '../../lib/figures';
import type { ProcedureStep } from '../../lib/widgets/procedure';
import { RuleQuote } from './RuleQuote';

/**
 * One step of part 六, rendered on the server only (the stepper's tabs show and hide it): what happens, who takes
 * part, what the step yields and its safeguards, in the handbook's words with links to the paragraphs. Every panel
 * but the first starts hidden; without scripts, and on paper, the stylesheet shows them all.
 */
export default function StepPanel({ step }: { step: ProcedureStep }) {
  const yields = step.yields && figures[step.yields];
  return (
    <div
      class="steps__panel"
      id={`procedure-step-${step.number}`}
      role="tabpanel"
      aria-labelledby={`procedure-tab-${step.number}`}
      tabIndex={0}
      hidden={step.number !== 1}
    >
      <h3 class="widget__subtitle">
        第{step.number}步　{step.title}
      </h3>
      <dl class="steps__facts">
        <dt>做什么</dt>
        <dd>
          <RuleQuote citation={step.summary} lead="" />
        </dd>
        <dt>谁参与</dt>
        <dd>{step.actors.map((a) => a.name).join('、')}</dd>
        {yields && (
          <>
            <dt>产生</dt>
            <dd>
              <strong class="steps__amount">{amount(yields)}</strong>
              {yields.label}
            </dd>
          </>
        )}
        {step.safeguards.length > 0 && (
          <>
            <dt>把关措施</dt>
            <dd>
              <ul class="steps__safeguards">
                {step.safeguards.map((g) => (
                  <li key={g.name}>
                    <strong>{g.name}</strong>
                    <RuleQuote citation={g} lead="" />
                    {g.items && (
                      <ul>
                        {g.items.map((item) => (
                          <li key={item}>{item}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <p>
        <a href={`#${step.anchor}`}>阅读第{step.number}步的原文</a>
      </p>
    </div>
  );
}
