import { For, Show } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { useFeatureText } from '../i18n/feature-text';
import { fieldElementId, formField } from './form-items';
import { problemText } from './problem-text';
import type { ProposalField, ProposalProblem } from '../proposals/proposal';

/**
 * The GOV.UK / NL Design System error summary: how many problems, and a link to each field that
 * puts the cursor there. The links move focus themselves: a #fragment would be a history entry.
 */
export function ErrorSummary(props: { problems: ProposalProblem[] }) {
  const { t } = useI18n();
  const ft = useFeatureText();
  const focusField = (event: MouseEvent, field: ProposalField) => {
    event.preventDefault();
    const element = document.getElementById(fieldElementId(field));
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
  };
  return (
    <Show when={props.problems.length > 0}>
      <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
        <p id="error-summary-title" class="error-summary__title">
          {ft().errorSummary(props.problems.length)}
        </p>
        <ul>
          <For each={props.problems}>
            {(problem) => (
              <li>
                <a
                  href={`#${fieldElementId(problem.field)}`}
                  onClick={(e) => focusField(e, problem.field)}
                >
                  {ft().errorFieldNames[formField(problem.field)]}: {problemText(problem, t())}
                </a>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
