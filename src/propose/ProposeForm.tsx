import { createSignal, For, onMount, Show } from 'solid-js';
import type { DataIndex } from '../data/indexes';
import { LEVEL_IDS, type Knelpunten, type LevelId } from '../data/schemas';
import { useI18n } from '../i18n/i18n';
import type { Locate } from './locate';
import { LocationPicker, type LngLat } from './LocationPicker';
import { problemText } from './problem-text';
import {
  LIMITS,
  PROPOSAL_KINDS,
  type Proposal,
  type ProposalField,
  type ProposalProblem,
} from './proposal';

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

/** The order in which fields appear, so focus goes to the first problem on the page. */
const FIELD_ORDER: ProposalField[] = [
  'name',
  'description',
  'kind',
  'website',
  'contact',
  'knelpunten',
  'meetingCode',
  'location',
  'lng',
  'lat',
];
const fieldElementId = (field: ProposalField) =>
  field === 'location' || field === 'lng' || field === 'lat'
    ? 'location-gemeente'
    : `propose-${field}`;

/** Propose (or edit) an initiative. Every text goes into the DOM as text, never as HTML. */
export function ProposeForm(props: ProposeFormProps) {
  const { t, lang } = useI18n();
  const privacyHref = () => (lang() === 'en' ? '/privacy?lang=en' : '/privacy');
  // eslint-disable-next-line solid/reactivity -- the form starts from the proposal it edits, once
  const start = props.editing;
  const [name, setName] = createSignal(start?.name ?? '');
  const [description, setDescription] = createSignal(start?.description ?? '');
  const [kind, setKind] = createSignal<string>(start?.kind ?? '');
  const [website, setWebsite] = createSignal(start?.website ?? '');
  const [contact, setContact] = createSignal(start?.contact ?? '');
  // Contact details only with an explicit choice, never ticked for the user.
  const [wantsContact, setWantsContact] = createSignal(Boolean(start?.contact));
  const [levels, setLevels] = createSignal<LevelId[]>(start?.knelpunten ?? []);
  // eslint-disable-next-line solid/reactivity -- same: a starting value
  const [meetingCode, setMeetingCode] = createSignal(start?.meetingCode ?? props.meetingCode ?? '');
  const [problems, setProblems] = createSignal<ProposalProblem[]>([]);
  const [busy, setBusy] = createSignal(false);
  // eslint-disable-next-line no-unassigned-vars -- assigned by Solid's ref
  let heading!: HTMLHeadingElement;
  onMount(() => heading.focus());

  const errorFor = (field: ProposalField) => {
    const problem = problems().find(
      (p) =>
        p.field === field || (field === 'location' && (p.field === 'lng' || p.field === 'lat')),
    );
    return problem ? problemText(problem, t()) : undefined;
  };
  const describedBy = (field: ProposalField, hint?: string) =>
    [hint, errorFor(field) ? `propose-${field}-error` : undefined].filter(Boolean).join(' ') ||
    undefined;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setBusy(true);
    const [lng, lat] = props.location ?? [NaN, NaN];
    const result = await props.onSave({
      name: name(),
      description: description(),
      kind: kind(),
      website: website(),
      contact: wantsContact() ? contact() : '',
      knelpunten: levels(),
      meetingCode: meetingCode(),
      lng,
      lat,
    });
    setBusy(false);
    if (result.ok) return;
    setProblems(result.problems);
    const first = FIELD_ORDER.find((field) => result.problems.some((p) => p.field === field));
    if (first) document.getElementById(fieldElementId(first))?.focus();
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

  return (
    <section class="propose" aria-labelledby="propose-heading">
      <h2 id="propose-heading" tabindex="-1" ref={heading}>
        {props.editing ? t().editHeading : t().proposeHeading}
      </h2>
      <p class="muted">{t().proposeIntro}</p>
      <form onSubmit={submit} novalidate>
        <Show when={problems().length > 0}>
          <p class="error-summary" role="alert">
            {t().errorSummary(problems().length)}
          </p>
        </Show>
        <div class="field">
          <label for="propose-name">{t().fieldName}</label>
          <input
            id="propose-name"
            type="text"
            maxlength={LIMITS.name.max + 20}
            autocomplete="off"
            value={name()}
            onInput={(e) => setName(e.currentTarget.value)}
            aria-invalid={Boolean(errorFor('name'))}
            aria-describedby={describedBy('name')}
          />
          <ErrorText field="name" />
        </div>
        <div class="field">
          <label for="propose-description">{t().fieldDescription}</label>
          <textarea
            id="propose-description"
            rows="4"
            maxlength={LIMITS.description.max + 50}
            value={description()}
            onInput={(e) => setDescription(e.currentTarget.value)}
            aria-invalid={Boolean(errorFor('description'))}
            aria-describedby={describedBy('description')}
          />
          <ErrorText field="description" />
        </div>
        <div class="field">
          <label for="propose-kind">{t().fieldKind}</label>
          <select
            id="propose-kind"
            onChange={(e) => setKind(e.currentTarget.value)}
            aria-invalid={Boolean(errorFor('kind'))}
            aria-describedby={describedBy('kind')}
          >
            <option value="">{t().chooseKind}</option>
            <For each={PROPOSAL_KINDS}>
              {(k) => (
                <option value={k} selected={kind() === k}>
                  {t().kinds[k]}
                </option>
              )}
            </For>
          </select>
          <ErrorText field="kind" />
        </div>
        <LocationPicker
          location={props.location}
          onChange={(l) => props.onLocationChange(l)}
          locate={props.locate}
          index={props.index}
          centreOf={props.centreOf}
          error={errorFor('location')}
        />
        <p class="privacy small" id="privacy-note">
          {t().privacyNote}{' '}
          <a href={privacyHref()} target="_blank" rel="noopener">
            {t().privacyLink} <span class="visually-hidden">{t().newTab}</span>
          </a>
        </p>
        <div class="field">
          <label for="propose-website">{t().fieldWebsite}</label>
          <input
            id="propose-website"
            type="text"
            inputmode="url"
            autocomplete="url"
            value={website()}
            onInput={(e) => setWebsite(e.currentTarget.value)}
            aria-invalid={Boolean(errorFor('website'))}
            aria-describedby={describedBy('website', 'privacy-note')}
          />
          <ErrorText field="website" />
        </div>
        <div class="field">
          <label class="check">
            <input
              type="checkbox"
              id="propose-contact-consent"
              checked={wantsContact()}
              onChange={(e) => setWantsContact(e.currentTarget.checked)}
              aria-describedby="contact-reason"
            />
            {t().contactConsent}
          </label>
          <p id="contact-reason" class="muted small">
            {t().contactReason}
          </p>
          <Show when={wantsContact()}>
            <label for="propose-contact">{t().fieldContact}</label>
            <input
              id="propose-contact"
              type="text"
              value={contact()}
              onInput={(e) => setContact(e.currentTarget.value)}
              aria-invalid={Boolean(errorFor('contact'))}
              aria-describedby={describedBy('contact', 'contact-reason')}
            />
            <ErrorText field="contact" />
          </Show>
        </div>
        <fieldset class="field" id="propose-knelpunten" tabindex="-1">
          <legend>{t().fieldKnelpunten}</legend>
          <For each={LEVEL_IDS}>
            {(id) => (
              <label class="check">
                <input
                  type="checkbox"
                  checked={levels().includes(id)}
                  onChange={(e) =>
                    setLevels((current) =>
                      e.currentTarget.checked ? [...current, id] : current.filter((l) => l !== id),
                    )
                  }
                />
                {props.knelpunten.levels.find((l) => l.id === id)?.name}
              </label>
            )}
          </For>
          <ErrorText field="knelpunten" />
        </fieldset>
        <div class="field">
          <label for="propose-meetingCode">{t().fieldMeetingCode}</label>
          <input
            id="propose-meetingCode"
            type="text"
            autocomplete="off"
            value={meetingCode()}
            onInput={(e) => setMeetingCode(e.currentTarget.value)}
            aria-invalid={Boolean(errorFor('meetingCode'))}
            aria-describedby={describedBy('meetingCode', 'meeting-hint')}
          />
          <p id="meeting-hint" class="muted small">
            {t().meetingCodeHint}
          </p>
          <ErrorText field="meetingCode" />
        </div>
        <div class="form-actions">
          <button type="submit" class="button" disabled={busy()}>
            {t().submit}
          </button>
          <button type="button" class="button button--quiet" onClick={() => props.onCancel()}>
            {t().cancel}
          </button>
        </div>
      </form>
    </section>
  );
}
