import { createSignal, For, Match, Show, Switch } from 'solid-js';
import { useI18n } from '../i18n/i18n';
import { useFeatureText } from '../i18n/feature-text';
import type { ServerMessages } from '../i18n/server-nl';
import { problemText } from '../propose/problem-text';
import {
  fieldSpec,
  MODERATOR_EDITS,
  PROPOSAL_FIELDS,
  type ModeratorEditKey,
} from '../proposals/fields';
import { PROPOSAL_KINDS, type ProposalProblem } from '../proposals/proposal';
import { ApiError } from '../propose/server-api';
import type { ModeratedProposal } from '../proposals/contract';
import type { EditableFields, ModerationApi } from './api';
import { failureText } from './failure-text';
import { placeText } from './places';

type Mode = 'view' | 'reject' | 'edit';

/**
 * One proposal for the moderator: what was proposed, where, by whom (contact) and when, with
 * approve, reject (a reason is required) and edit. A failed request leaves the form as it was.
 */
export function ProposalCard(props: {
  proposal: ModeratedProposal;
  api: ModerationApi;
  text: ServerMessages;
  places: Map<string, string> | undefined;
  onChanged: (updated: ModeratedProposal, message: string) => void;
  onErased: (number: number, message: string) => void;
}) {
  const { t, lang } = useI18n();
  const ft = useFeatureText();
  const [mode, setMode] = createSignal<Mode>('view');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string>();
  const [problems, setProblems] = createSignal<ProposalProblem[]>([]);
  const [reason, setReason] = createSignal('');
  // eslint-disable-next-line solid/reactivity -- the form starts from the proposal, once
  const [fields, setFields] = createSignal<EditableFields>(editableOf(props.proposal));
  const p = () => props.proposal;
  const id = (part: string) => `beheer-${p().number}-${part}`;
  const when = (iso: string | undefined) =>
    iso
      ? new Date(iso).toLocaleString(lang() === 'en' ? 'en-GB' : 'nl-NL', {
          dateStyle: 'medium',
          timeStyle: 'short',
        })
      : props.text.none;

  async function act(work: () => Promise<ModeratedProposal>, message: (name: string) => string) {
    if (busy()) return;
    setBusy(true);
    setError(undefined);
    try {
      const updated = await work();
      setMode('view');
      setProblems([]);
      props.onChanged(updated, message(updated.name));
    } catch (failure) {
      if (failure instanceof ApiError && failure.failure.kind === 'invalid') {
        setProblems(failure.failure.problems);
        const first = failure.failure.problems[0];
        if (first) document.getElementById(id(first.field))?.focus();
      } else {
        setError(failureText(failure, props.text));
      }
    } finally {
      setBusy(false);
    }
  }

  const approve = () => act(() => props.api.approve(p().number), props.text.approvedMessage);
  const reject = (event: SubmitEvent) => {
    event.preventDefault();
    const text = reason().trim();
    if (!text) {
      setError(props.text.reasonRequired);
      document.getElementById(id('reason'))?.focus();
      return;
    }
    void act(() => props.api.reject(p().number, text), props.text.rejectedMessage);
  };
  const erase = async () => {
    if (busy() || !confirm(props.text.eraseConfirm(p().name))) return;
    setBusy(true);
    setError(undefined);
    try {
      await props.api.erase(p().number);
      props.onErased(p().number, props.text.erasedMessage(p().name));
    } catch (failure) {
      setError(failureText(failure, props.text));
    } finally {
      setBusy(false);
    }
  };
  const save = (event: SubmitEvent) => {
    event.preventDefault();
    void act(() => props.api.edit(p().number, fields()), props.text.savedMessage);
  };
  const errorFor = (field: string) => {
    const problem = problems().find((x) => x.field === field);
    return problem ? problemText(problem, t()) : undefined;
  };
  const set = (field: keyof EditableFields, value: string) =>
    setFields((current) => ({ ...current, [field]: value }));

  return (
    <article class="beheer-card" aria-labelledby={id('title')}>
      <h3 id={id('title')}>{p().name}</h3>
      <p class="muted small">
        {props.text.number(p().number)} · {ft().kinds[p().kind] ?? p().kind}
      </p>
      <p class="proposal-description">{p().description}</p>
      <dl class="detail__facts">
        <dt>{props.text.place}</dt>
        <dd>{placeText(props.places, p())}</dd>
        <dt>{props.text.contact}</dt>
        <dd>{p().contact || props.text.none}</dd>
        <Show when={p().website}>
          <dt>{props.text.website}</dt>
          <dd>{p().website}</dd>
        </Show>
        <dt>{props.text.meeting}</dt>
        <dd>{p().meetingCode || props.text.none}</dd>
        <dt>{props.text.received}</dt>
        <dd>{when(p().receivedAt)}</dd>
        <Show when={p().decidedAt}>
          <dt>{props.text.decided}</dt>
          <dd>{when(p().decidedAt)}</dd>
        </Show>
        <Show when={p().reason}>
          <dt>{props.text.reason}</dt>
          <dd>{p().reason}</dd>
        </Show>
      </dl>
      <Show when={error()}>
        <p class="error-text" role="alert">
          {error()}
        </p>
      </Show>
      <Switch>
        <Match when={mode() === 'view'}>
          <div class="beheer-card__actions">
            <Show when={p().status !== 'goedgekeurd'}>
              <button
                type="button"
                class="button button--propose"
                aria-label={props.text.approveFor(p().name)}
                disabled={busy()}
                onClick={() => void approve()}
              >
                {busy() ? props.text.saving : props.text.approve}
              </button>
            </Show>
            <Show when={p().status !== 'afgewezen'}>
              <button
                type="button"
                class="button"
                aria-label={props.text.rejectFor(p().name)}
                onClick={() => {
                  setError(undefined);
                  setMode('reject');
                  queueMicrotask(() => document.getElementById(id('reason'))?.focus());
                }}
              >
                {props.text.reject}
              </button>
            </Show>
            <button
              type="button"
              class="button button--quiet"
              aria-label={props.text.editFor(p().name)}
              onClick={() => {
                setError(undefined);
                setMode('edit');
                queueMicrotask(() => document.getElementById(id('name'))?.focus());
              }}
            >
              {props.text.edit}
            </button>
            <button
              type="button"
              class="button button--quiet"
              aria-label={props.text.eraseFor(p().name)}
              disabled={busy()}
              onClick={() => void erase()}
            >
              {props.text.erase}
            </button>
          </div>
        </Match>
        <Match when={mode() === 'reject'}>
          <form class="beheer-card__form" onSubmit={reject} novalidate>
            <div class="field">
              <label for={id('reason')}>{props.text.rejectReason}</label>
              <p id={id('reason-hint')} class="muted small">
                {props.text.rejectReasonHint}
              </p>
              <textarea
                id={id('reason')}
                rows="3"
                required
                aria-describedby={id('reason-hint')}
                value={reason()}
                onInput={(e) => setReason(e.currentTarget.value)}
              />
            </div>
            <div class="beheer-card__actions">
              <button type="submit" class="button" disabled={busy()}>
                {busy() ? props.text.saving : props.text.reject}
              </button>
              <button type="button" class="button button--quiet" onClick={() => setMode('view')}>
                {props.text.cancel}
              </button>
            </div>
          </form>
        </Match>
        <Match when={mode() === 'edit'}>
          <form class="beheer-card__form" onSubmit={save} novalidate>
            <h4>{props.text.editHeading(p().name)}</h4>
            <For each={MODERATOR_EDITS}>
              {(field) => (
                <div class="field">
                  <label for={id(field)}>{labelOf(field, props.text)}</label>
                  <Switch
                    fallback={
                      <input
                        id={id(field)}
                        type={PROPOSAL_FIELDS[field].type === 'url' ? 'url' : 'text'}
                        maxlength={maxLength(field)}
                        value={fields()[field] ?? ''}
                        onInput={(e) => set(field, e.currentTarget.value)}
                        aria-invalid={Boolean(errorFor(field))}
                        aria-describedby={errorFor(field) ? id(`${field}-error`) : undefined}
                      />
                    }
                  >
                    <Match when={PROPOSAL_FIELDS[field].type === 'longText'}>
                      <textarea
                        id={id(field)}
                        rows="5"
                        value={fields()[field] ?? ''}
                        onInput={(e) => set(field, e.currentTarget.value)}
                        aria-invalid={Boolean(errorFor(field))}
                        aria-describedby={errorFor(field) ? id(`${field}-error`) : undefined}
                      />
                    </Match>
                    <Match when={PROPOSAL_FIELDS[field].type === 'kind'}>
                      <select
                        id={id(field)}
                        onChange={(e) => set(field, e.currentTarget.value)}
                        aria-invalid={Boolean(errorFor(field))}
                        aria-describedby={errorFor(field) ? id(`${field}-error`) : undefined}
                      >
                        <For each={PROPOSAL_KINDS}>
                          {(kind) => (
                            <option value={kind} selected={fields()[field] === kind}>
                              {ft().kinds[kind]}
                            </option>
                          )}
                        </For>
                      </select>
                    </Match>
                  </Switch>
                  <Show when={errorFor(field)}>
                    {(message) => (
                      <p id={id(`${field}-error`)} class="error-text">
                        {message()}
                      </p>
                    )}
                  </Show>
                </div>
              )}
            </For>
            <div class="beheer-card__actions">
              <button type="submit" class="button button--propose" disabled={busy()}>
                {busy() ? props.text.saving : props.text.save}
              </button>
              <button
                type="button"
                class="button button--quiet"
                onClick={() => {
                  setFields(editableOf(p()));
                  setProblems([]);
                  setMode('view');
                }}
              >
                {props.text.cancel}
              </button>
            </div>
          </form>
        </Match>
      </Switch>
    </article>
  );
}

function editableOf(p: ModeratedProposal): EditableFields {
  return Object.fromEntries(
    MODERATOR_EDITS.map((key) => [key, (p as Partial<EditableFields>)[key] ?? '']),
  ) as EditableFields;
}

/** Room beyond the limit, so a pasted text shows the "too long" problem instead of being cut off. */
function maxLength(field: ModeratorEditKey): number | undefined {
  const limits = fieldSpec(field).limits;
  return limits ? limits.max + 20 : undefined;
}

/** The label's key in the moderator texts is the one the field table names (fields.ts). */
const labelOf = (field: ModeratorEditKey, text: ServerMessages): string =>
  text[PROPOSAL_FIELDS[field].label];
