import { createEffect, createSignal, For, Match, on, onMount, Show, Switch } from 'solid-js';
import type { DataIndex } from '../data/indexes';
import { LEVEL_IDS, type Knelpunten } from '../data/schemas';
import { useI18n } from '../i18n/i18n';
import { useFeatureText } from '../i18n/feature-text';
import { Seed } from '../i18n/Seed';
import type { Locate } from '../proposals/locate';
import { LocationPicker, type LngLat } from './LocationPicker';
import { problemText } from './problem-text';
import { ErrorSummary } from './ErrorSummary';
import {
  clearDraft,
  draftOf,
  hasChanges,
  readDraft,
  writeDraft,
  type FormDraft,
  type FormListKey,
  type FormTextKey,
} from './form-draft';
import { PROPOSAL_FIELDS } from '../proposals/fields';
import {
  PROPOSAL_KINDS,
  type Proposal,
  type ProposalField,
  type ProposalProblem,
} from '../proposals/proposal';
import {
  fieldElementId,
  FORM_ITEMS,
  formField,
  inputLimit,
  problemsByField,
  type FormItem,
} from './form-items';

const PERSONAL_KEYS = FORM_ITEMS.flatMap((item) => (item.type === 'personal' ? item.fields : []));

export interface ProposeFormProps {
  /** The proposal being edited, if any. */
  editing: Proposal | undefined;
  meetingCode: string | undefined;
  location: LngLat | undefined;
  onLocationChange: (location: LngLat) => void;
  locate: Locate;
  index: DataIndex;
  knelpunten: Knelpunten;
  centreOf: (code: string) => LngLat | undefined;
  onSave: (
    raw: Record<string, unknown>,
  ) => Promise<{ ok: true } | { ok: false; problems: ProposalProblem[] }>;
  onCancel: () => void;
}

/** Propose (or edit) an initiative. Every text goes into the DOM as text, never as HTML. */
export function ProposeForm(props: ProposeFormProps) {
  const { t, lang } = useI18n();
  const ft = useFeatureText();
  const privacyHref = () => (lang() === 'en' ? '/privacy?lang=en' : '/privacy');
  // eslint-disable-next-line solid/reactivity -- the form starts from the proposal it edits, once
  const editing = props.editing;
  // eslint-disable-next-line solid/reactivity -- same: a starting value
  const start: FormDraft = draftOf({ meetingCode: props.meetingCode, ...editing });
  // What was typed before Back, a reload or a closed tab comes back.
  const restored = readDraft(editing?.id);
  const [draft, setDraft] = createSignal<FormDraft>(draftOf(restored ?? start));
  const text = (key: FormTextKey) => draft()[key];
  const list = (key: FormListKey) => draft()[key];
  const setValue = <K extends FormTextKey | FormListKey>(key: K, value: FormDraft[K]) =>
    setDraft((before) => ({ ...before, [key]: value }));
  // Personal data only with an explicit choice, never ticked for the user.
  const [wantsContact, setWantsContact] = createSignal(
    PERSONAL_KEYS.some((key) => Boolean(start[key] || restored?.[key])),
  );
  const [problems, setProblems] = createSignal<ProposalProblem[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [showRestored, setShowRestored] = createSignal(restored !== undefined);
  const [askDiscard, setAskDiscard] = createSignal(false);
  // eslint-disable-next-line no-unassigned-vars -- assigned by Solid's ref
  let heading!: HTMLHeadingElement;
  onMount(() => {
    if (restored?.location) props.onLocationChange(restored.location);
    heading.focus();
  });

  const current = draft;
  const changed = () => hasChanges(current(), start);
  createEffect(() => {
    const draft = current();
    if (hasChanges(draft, start)) writeDraft(editing?.id, { ...draft, location: props.location });
    else clearDraft(editing?.id);
  });

  const raw = () => {
    const [lng, lat] = props.location ?? [NaN, NaN];
    const values: Record<string, unknown> = { ...current(), lng, lat };
    if (!wantsContact()) for (const key of PERSONAL_KEYS) values[key] = '';
    return values;
  };
  // After a failed save, each problem disappears as soon as its field is right (never new ones).
  createEffect(
    on(
      [current, () => props.location],
      () => {
        const shown = problems();
        if (shown.length === 0) return;
        const input = raw();
        const locate = props.locate;
        void import('../proposals/validate').then(({ validateProposal }) => {
          const result = validateProposal(input, locate);
          const still = result.ok ? [] : result.problems;
          setProblems((before) =>
            problemsByField(
              still.filter((p) => before.some((b) => formField(b.field) === formField(p.field))),
            ),
          );
        });
      },
      { defer: true },
    ),
  );

  const startOver = () => {
    setDraft(start);
    setWantsContact(PERSONAL_KEYS.some((key) => Boolean(start[key])));
    setProblems([]);
    setShowRestored(false);
    clearDraft(editing?.id);
    heading.focus();
  };
  const cancel = () => {
    if (!changed()) return props.onCancel();
    setAskDiscard(true);
    document.getElementById('discard-question')?.focus();
  };
  const discard = () => {
    clearDraft(editing?.id);
    props.onCancel();
  };

  const errorFor = (field: ProposalField) => {
    const problem = problems().find((p) => formField(p.field) === formField(field));
    return problem ? problemText(problem, t()) : undefined;
  };
  const describedBy = (field: ProposalField, hint?: string) =>
    [hint, errorFor(field) ? `propose-${field}-error` : undefined].filter(Boolean).join(' ') ||
    undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setBusy(true);
    const result = await props.onSave(raw());
    setBusy(false);
    if (result.ok) {
      clearDraft(editing?.id);
      return;
    }
    const shown = problemsByField(result.problems);
    setProblems(shown);
    const first = shown[0];
    if (first) document.getElementById(fieldElementId(first.field))?.focus();
  };

  const ErrorText = (p: { field: ProposalField }) => (
    <Show when={errorFor(p.field)}>
      {(text) => (
        <p id={`propose-${p.field}-error`} class="error-text">
          {text()}
        </p>
      )}
    </Show>
  );

  const labels = () => ({ ...t(), ...ft() });
  const label = (key: FormTextKey | FormListKey) => labels()[PROPOSAL_FIELDS[key].label];
  /** The hint each kind of field points to: who sees it, why contact, what a meeting code is. */
  const hintOf = (key: FormTextKey) =>
    PROPOSAL_FIELDS[key].personal
      ? 'contact-reason'
      : PROPOSAL_FIELDS[key].type === 'code'
        ? 'meeting-hint'
        : PROPOSAL_FIELDS[key].type === 'url'
          ? 'privacy-note'
          : undefined;
  const isUrl = (key: FormTextKey) => PROPOSAL_FIELDS[key].type === 'url';
  /** Browsers may offer a saved web address, never a saved name or code (personal data: default). */
  const autocompleteOf = (key: FormTextKey) =>
    isUrl(key) ? 'url' : PROPOSAL_FIELDS[key].personal ? undefined : 'off';

  const TextControl = (p: { field: FormTextKey }) => (
    <Switch
      fallback={
        <input
          id={`propose-${p.field}`}
          aria-invalid={Boolean(errorFor(p.field))}
          aria-describedby={describedBy(p.field, hintOf(p.field))}
          type="text"
          maxlength={inputLimit(p.field)}
          inputmode={isUrl(p.field) ? 'url' : undefined}
          autocomplete={autocompleteOf(p.field)}
          value={text(p.field)}
          onInput={(e) => setValue(p.field, e.currentTarget.value)}
        />
      }
    >
      <Match when={PROPOSAL_FIELDS[p.field].type === 'longText'}>
        <textarea
          id={`propose-${p.field}`}
          aria-invalid={Boolean(errorFor(p.field))}
          aria-describedby={describedBy(p.field, hintOf(p.field))}
          rows="4"
          maxlength={inputLimit(p.field)}
          value={text(p.field)}
          onInput={(e) => setValue(p.field, e.currentTarget.value)}
        />
      </Match>
      <Match when={PROPOSAL_FIELDS[p.field].type === 'kind'}>
        <select
          id={`propose-${p.field}`}
          aria-invalid={Boolean(errorFor(p.field))}
          aria-describedby={describedBy(p.field, hintOf(p.field))}
          onChange={(e) => setValue(p.field, e.currentTarget.value)}
        >
          <option value="">{ft().chooseKind}</option>
          <For each={PROPOSAL_KINDS}>
            {(k) => (
              <option value={k} selected={text(p.field) === k}>
                {ft().kinds[k]}
              </option>
            )}
          </For>
        </select>
      </Match>
    </Switch>
  );

  const LevelsControl = (p: { field: FormListKey }) => (
    <fieldset class="field" id={`propose-${p.field}`} tabindex="-1">
      <legend>{label(p.field)}</legend>
      <For each={LEVEL_IDS}>
        {(id) => (
          <div class="check--hinted">
            <label class="check">
              <input
                type="checkbox"
                aria-describedby={`level-hint-${id}`}
                checked={list(p.field).includes(id)}
                onChange={(e) =>
                  setValue(
                    p.field,
                    e.currentTarget.checked
                      ? [...list(p.field), id]
                      : list(p.field).filter((l) => l !== id),
                  )
                }
              />
              <Seed text={props.knelpunten.levels.find((l) => l.id === id)?.name ?? id} />
            </label>
            {/* One line on what the level means, so a resident can choose. */}
            <p id={`level-hint-${id}`} class="check__hint muted small">
              {ft().levelHints[id]}
            </p>
          </div>
        )}
      </For>
      <ErrorText field={p.field} />
    </fieldset>
  );

  /** One place on the form, in the order of the field table (fields.ts). */
  const Item = (p: { item: FormItem }) => (
    <Switch>
      <Match when={p.item.type === 'location'}>
        <LocationPicker
          location={props.location}
          onChange={(l) => props.onLocationChange(l)}
          locate={props.locate}
          index={props.index}
          centreOf={props.centreOf}
          error={errorFor('location')}
        />
        <p class="privacy small" id="privacy-note">
          {ft().privacyNote}{' '}
          <a href={privacyHref()} target="_blank" rel="noopener">
            {ft().privacyLink} <span class="visually-hidden">{ft().newTab}</span>
          </a>
        </p>
      </Match>
      <Match when={p.item.type === 'levels' && p.item}>
        {(item) => <LevelsControl field={(item() as { field: FormListKey }).field} />}
      </Match>
      <Match when={p.item.type === 'personal' && p.item}>
        {(item) => (
          <div class="field">
            <label class="check">
              <input
                type="checkbox"
                id="propose-contact-consent"
                checked={wantsContact()}
                onChange={(e) => setWantsContact(e.currentTarget.checked)}
                aria-describedby="contact-reason"
              />
              {ft().contactConsent}
            </label>
            <p id="contact-reason" class="muted small">
              {ft().contactReason}
            </p>
            <Show when={wantsContact()}>
              <For each={(item() as { fields: FormTextKey[] }).fields}>
                {(field) => (
                  <>
                    <label for={`propose-${field}`}>{label(field)}</label>
                    <TextControl field={field} />
                    <ErrorText field={field} />
                  </>
                )}
              </For>
            </Show>
          </div>
        )}
      </Match>
      <Match when={p.item.type === 'text' && p.item}>
        {(item) => {
          const field = (item() as { field: FormTextKey }).field;
          return (
            <div class="field">
              <label for={`propose-${field}`}>{label(field)}</label>
              <TextControl field={field} />
              <Show when={hintOf(field) === 'meeting-hint'}>
                <p id="meeting-hint" class="muted small">
                  {ft().meetingCodeHint}
                </p>
              </Show>
              <ErrorText field={field} />
            </div>
          );
        }}
      </Match>
    </Switch>
  );

  return (
    <section class="propose" aria-labelledby="propose-heading">
      <h2 id="propose-heading" tabindex="-1" ref={heading}>
        {props.editing ? ft().editHeading : ft().proposeHeading}
      </h2>
      <p class="muted">{ft().proposeIntro}</p>
      <Show when={showRestored()}>
        <p class="notice notice--ok notice--inline" role="status">
          {ft().draftRestored}{' '}
          <button type="button" class="button button--quiet" onClick={startOver}>
            {ft().draftStartOver}
          </button>
        </p>
      </Show>
      <form onSubmit={submit} novalidate>
        <ErrorSummary problems={problems()} />
        <For each={FORM_ITEMS}>{(item) => <Item item={item} />}</For>
        <div class="form-actions">
          <button type="submit" class="button" disabled={busy()}>
            {t().submit}
          </button>
          <button type="button" class="button button--quiet" onClick={cancel}>
            {ft().cancel}
          </button>
        </div>
        <Show when={askDiscard()}>
          <div class="discard" role="group" aria-labelledby="discard-question">
            <p id="discard-question" tabindex="-1">
              <strong>{ft().discardQuestion}</strong>
            </p>
            <div class="form-actions">
              <button type="button" class="button" onClick={() => setAskDiscard(false)}>
                {ft().discardNo}
              </button>
              <button type="button" class="button button--quiet" onClick={discard}>
                {ft().discardYes}
              </button>
            </div>
          </div>
        </Show>
      </form>
    </section>
  );
}
