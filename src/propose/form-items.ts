import { FIELD_KEYS, PROPOSAL_FIELDS } from '../proposals/fields';
import type { FeatureText } from '../i18n/feature-text';
import type { ProposalField, ProposalProblem } from '../proposals/proposal';
import type { FormListKey, FormTextKey } from './form-draft';

/** One place on the propose form: a field, the place (both coordinates), or the personal data. */
export type FormItem =
  | { type: 'text'; field: FormTextKey }
  | { type: 'levels'; field: FormListKey }
  | { type: 'location' }
  | { type: 'personal'; fields: FormTextKey[] };

/**
 * The form's layout from the field table, in its order: the coordinates are one place picker, and
 * the personal fields stand together behind one consent checkbox (at the first one's place).
 */
export const FORM_ITEMS: readonly FormItem[] = (() => {
  const items: FormItem[] = [];
  for (const key of FIELD_KEYS) {
    const spec = PROPOSAL_FIELDS[key];
    if (spec.type === 'coordinate') {
      if (!items.some((i) => i.type === 'location')) items.push({ type: 'location' });
    } else if (spec.type === 'levels') {
      items.push({ type: 'levels', field: key as FormListKey });
    } else if (spec.personal) {
      const group = items.find((i) => i.type === 'personal');
      if (group) group.fields.push(key as FormTextKey);
      else items.push({ type: 'personal', fields: [key as FormTextKey] });
    } else {
      items.push({ type: 'text', field: key as FormTextKey });
    }
  }
  return items;
})();

/** Room beyond the limit, so a pasted text shows the "too long" problem instead of being cut off. */
export function inputLimit(key: FormTextKey): number | undefined {
  const limits = (PROPOSAL_FIELDS[key] as { limits?: { max: number } }).limits;
  if (!limits) return undefined;
  return limits.max + (PROPOSAL_FIELDS[key].type === 'longText' ? 50 : 20);
}

/** A field as the form shows it (longitude and latitude are one place). */
export type FormField = keyof FeatureText['errorFieldNames'];

/** The order in which fields appear on the form, so the summary and focus follow the page. */
export const FIELD_ORDER: FormField[] = FORM_ITEMS.flatMap((item): FormField[] =>
  item.type === 'location' ? ['location'] : item.type === 'personal' ? item.fields : [item.field],
);

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
