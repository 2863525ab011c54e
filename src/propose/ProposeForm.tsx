import { createEffect, createSignal, For, on, onMount, Show } from 'solid-js';
import type { DataIndex } from '../data/indexes';
import { LEVEL_IDS, type Knelpunten, type LevelId } from '../data/schemas';
import { useI18n } from '../i18n/i18n';
import { useFeatureText } from '../i18n/feature-text';
import { Seed } from '../i18n/Seed';
import type { Locate } from '../proposals/locate';
import { LocationPicker, type LngLat } from './LocationPicker';
import { problemText } from './problem-text';
import { ErrorSummary, fieldElementId, formField, problemsByField } from './ErrorSummary';
import { clearDraft, hasChanges, readDraft, writeDraft, type FormDraft } from './form-draft';
import {
  LIMITS,
  PROPOSAL_KINDS,
  type Proposal,
  type ProposalField,
  type ProposalProblem,
} from '../proposals/proposal';

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
  const start: FormDraft = {
    name: editing?.name ?? '',
    description: editing?.description ?? '',
    kind: editing?.kind ?? '',
    website: editing?.website ?? '',
    contact: editing?.contact ?? '',
    knelpunten: editing?.knelpunten ?? [],
    // eslint-disable-next-line solid/reactivity -- same: a starting value
    meetingCode: editing?.meetingCode ?? props.meetingCode ?? '',
  };
  // What was typed before Back, a reload or a closed tab comes back.
  const restored = readDraft(editing?.id);
  const initial = restored ?? start;
  const [name, setName] = createSignal(initial.name);
  const [description, setDescription] = createSignal(initial.description);
  const [kind, setKind] = createSignal<string>(initial.kind);
  const [website, setWebsite] = createSignal(initial.website);
  const [contact, setContact] = createSignal(initial.contact);
  // Contact details only with an explicit choice, never ticked for the user.
  const [wantsContact, setWantsContact] = createSignal(Boolean(initial.contact));
  const [levels, setLevels] = createSignal<LevelId[]>(initial.knelpunten);
  const [meetingCode, setMeetingCode] = createSignal(initial.meetingCode);
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

  const current = (): FormDraft => ({
    name: name(),
    description: description(),
    kind: kind(),
    website: website(),
    contact: contact(),
    knelpunten: levels(),
    meetingCode: meetingCode(),
  });
  const changed = () => hasChanges(current(), start);
  createEffect(() => {
    const draft = current();
    if (hasChanges(draft, start)) writeDraft(editing?.id, { ...draft, location: props.location });
    else clearDraft(editing?.id);
  });

  const raw = () => {
    const [lng, lat] = props.location ?? [NaN, NaN];
    return {
      ...current(),
      contact: wantsContact() ? contact() : '',
      knelpunten: levels(),
      lng,
      lat,
    };
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
    setName(start.name);
    setDescription(start.description);
    setKind(start.kind);
    setWebsite(start.website);
    setContact(start.contact);
    setWantsContact(Boolean(start.contact));
    setLevels(start.knelpunten);
    setMeetingCode(start.meetingCode);
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

  return (
    <section class="propose" aria-labelledby="propose-heading">
      <h2 id="propose-heading" tabindex="-1" ref={heading}>
        {props.editing ? t().editHeading : ft().proposeHeading}
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
            <option value="">{ft().chooseKind}</option>
            <For each={PROPOSAL_KINDS}>
              {(k) => (
                <option value={k} selected={kind() === k}>
                  {ft().kinds[k]}
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
          {ft().privacyNote}{' '}
          <a href={privacyHref()} target="_blank" rel="noopener">
            {ft().privacyLink} <span class="visually-hidden">{ft().newTab}</span>
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
            {ft().contactConsent}
          </label>
          <p id="contact-reason" class="muted small">
            {ft().contactReason}
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
          <legend>{ft().fieldKnelpunten}</legend>
          <For each={LEVEL_IDS}>
            {(id) => (
              <div class="check--hinted">
                <label class="check">
                  <input
                    type="checkbox"
                    aria-describedby={`level-hint-${id}`}
                    checked={levels().includes(id)}
                    onChange={(e) =>
                      setLevels((current) =>
                        e.currentTarget.checked
                          ? [...current, id]
                          : current.filter((l) => l !== id),
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
          <ErrorText field="knelpunten" />
        </fieldset>
        <div class="field">
          <label for="propose-meetingCode">{ft().fieldMeetingCode}</label>
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
            {ft().meetingCodeHint}
          </p>
          <ErrorText field="meetingCode" />
        </div>
        <div class="form-actions">
          <button type="submit" class="button" disabled={busy()}>
            {t().submit}
          </button>
          <button type="button" class="button button--quiet" onClick={cancel}>
            {t().cancel}
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
