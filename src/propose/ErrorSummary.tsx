import { For, Show } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { useFeatureText } from '../i18n/feature-text';
import type { FeatureText } from '../i18n/feature-text';
import { problemText } from './problem-text';
import type { ProposalField, ProposalProblem } from '../proposals/proposal';

/** A field as the form shows it (longitude and latitude are one place). */
export type FormField = keyof FeatureText['errorFieldNames'];

/** The order in which fields appear on the form, so the summary and focus follow the page. */
export const FIELD_ORDER: FormField[] = [
  'name',
  'description',
  'kind',
  'location',
  'website',
  'contact',
  'knelpunten',
  'meetingCode',
];

/** A place problem may name lng, lat or the whole location: on the form it is one field. */
export const formField = (field: ProposalField): FormField =>
  field === 'lng' || field === 'lat' || field === 'location' ? 'location' : (field as FormField);

export const fieldElementId = (field: ProposalField) =>
  formField(field) === 'location' ? 'location-gemeente' : `propose-${field}`;

/** One problem per field, in the order of the form. */
export function problemsByField(problems: ProposalProblem[]): ProposalProblem[] {
  return FIELD_ORDER.flatMap((field) => {
    const problem = problems.find((p) => formField(p.field) === field);
    return problem ? [problem] : [];
  });
}

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
