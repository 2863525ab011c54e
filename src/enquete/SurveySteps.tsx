import { createSignal, For, Index, onCleanup, onMount, Show } from 'solid-js';
import { createStore } from 'solid-js/store';
import type { LevelId } from '../data/schemas';
import { useI18n } from '../i18n/i18n';
import { OPEN_ANSWER_MAX, SURVEY_ANSWERS, type SurveyAnswer } from '../survey/survey';
import { createAnswerQueue, deviceId, savedAnswers, type SendState } from './answer-queue';
import type { PhoneSurvey } from './survey-data';
import type { SurveyText } from './survey-text';

const ANSWER_LABEL = { ja: 'ja', nee: 'nee', 'weet-niet': 'weetNiet' } as const;

/** One screen per level, then the wijk and the open question, then send. */
export function SurveySteps(props: {
  data: PhoneSurvey;
  code: string;
  apiUrl: string;
  text: SurveyText;
}) {
  const { seed } = useI18n();
  // eslint-disable-next-line solid/reactivity -- the survey is fixed for the page's life
  const { survey, knelpunten, wijken, gemeenteName } = props.data;
  // eslint-disable-next-line solid/reactivity -- so are the meeting and the server
  const { code, apiUrl } = props;
  const levels = knelpunten.levels.filter((l) => survey.levels.includes(l.id));
  const saved = savedAnswers(code);
  const [answers, setAnswers] = createStore<Record<string, (SurveyAnswer | null)[]>>(
    Object.fromEntries(
      levels.map((l) => [
        l.id,
        saved?.answers[l.id]?.length === l.items.length
          ? saved.answers[l.id]!
          : l.items.map(() => null),
      ]),
    ),
  );
  const [wijk, setWijk] = createSignal(saved?.wijk ?? '');
  const [open, setOpen] = createSignal(saved?.open ?? '');
  const [step, setStep] = createSignal(0);
  const [state, setState] = createSignal<SendState>({ kind: 'idle' });
  const [changed, setChanged] = createSignal(false);
  const steps = levels.length + 1;
  let heading: HTMLHeadingElement | undefined;

  const queue = createAnswerQueue({
    apiUrl,
    code,
    device: deviceId(),
    onState: (next) => {
      setState(next);
      setChanged(false);
    },
  });
  onCleanup(queue.stop);
  const collect = () => ({
    answers: Object.fromEntries(levels.map((l) => [l.id, [...answers[l.id]!]])) as Partial<
      Record<LevelId, (SurveyAnswer | null)[]>
    >,
    ...(wijk() ? { wijk: wijk() } : {}),
    ...(survey.openQuestion && open().trim() ? { open: open().trim() } : {}),
  });
  onMount(() => {
    if (saved?.pending) void queue.submit(collect());
  });
  const go = (to: number) => {
    setStep(to);
    heading?.focus();
  };
  const place = () => gemeenteName ?? props.text.allFlevoland;

  return (
    <form
      class="survey"
      onSubmit={(event) => {
        event.preventDefault();
        if (step() < steps - 1) return go(step() + 1);
        setState({ kind: 'waiting' });
        void queue.submit(collect());
      }}
    >
      <p class="survey__step">{props.text.step(step() + 1, steps)}</p>
      <Show when={step() === 0}>
        <p>{props.text.intro}</p>
        <p>
          {props.text.about(place())} {props.text.anonymous}
        </p>
      </Show>
      <Index each={levels}>
        {(level, index) => (
          <section hidden={step() !== index} aria-labelledby={`level-${level().id}`}>
            <h2
              id={`level-${level().id}`}
              tabIndex={-1}
              ref={(el) => step() === index && (heading = el)}
            >
              {seed(level().name).text}
            </h2>
            <p class="survey__question">{props.text.question}</p>
            <ol class="survey__items">
              <Index each={level().items}>
                {(item, itemIndex) => (
                  <li>
                    <fieldset class="survey__item">
                      <legend lang={seed(item().text).lang}>{seed(item().text).text}</legend>
                      <For each={SURVEY_ANSWERS}>
                        {(answer) => (
                          <label class="survey__choice">
                            <input
                              type="radio"
                              name={`${level().id}-${itemIndex}`}
                              value={answer}
                              checked={answers[level().id]![itemIndex] === answer}
                              onChange={() => {
                                setAnswers(level().id, itemIndex, answer);
                                setChanged(true);
                              }}
                            />
                            {props.text[ANSWER_LABEL[answer]]}
                          </label>
                        )}
                      </For>
                    </fieldset>
                  </li>
                )}
              </Index>
            </ol>
          </section>
        )}
      </Index>
      <section hidden={step() !== steps - 1} aria-labelledby="survey-last">
        <h2 id="survey-last" tabIndex={-1} ref={(el) => step() === steps - 1 && (heading = el)}>
          {props.text.lastStep}
        </h2>
        <label class="survey__field">
          {props.text.wijk}
          <select
            value={wijk()}
            onChange={(event) => {
              setWijk(event.currentTarget.value);
              setChanged(true);
            }}
          >
            <option value="">{props.text.noWijk}</option>
            <For each={wijken}>{(w) => <option value={w.code}>{w.name}</option>}</For>
          </select>
        </label>
        <Show when={survey.openQuestion}>
          <label class="survey__field">
            {props.text.open}
            <textarea
              rows={4}
              maxLength={OPEN_ANSWER_MAX}
              aria-describedby="survey-open-hint"
              value={open()}
              onInput={(event) => {
                setOpen(event.currentTarget.value);
                setChanged(true);
              }}
            />
          </label>
          <p id="survey-open-hint" class="survey__hint">
            {props.text.openHint(OPEN_ANSWER_MAX)}
          </p>
        </Show>
      </section>
      <div class="survey__buttons">
        <Show when={step() > 0}>
          <button type="button" class="button" onClick={() => go(step() - 1)}>
            {props.text.previous}
          </button>
        </Show>
        <button
          type="submit"
          class="button button--propose survey__primary"
          disabled={step() === steps - 1 && state().kind === 'closed'}
        >
          {step() < steps - 1
            ? props.text.next
            : state().kind === 'sent' && !changed()
              ? props.text.sendAgain
              : props.text.send}
        </button>
      </div>
      <p class="survey__state" role="status">
        {(() => {
          const now = state();
          if (now.kind === 'sent') return props.text.sent;
          if (now.kind === 'waiting') return props.text.waiting;
          if (now.kind === 'closed') return props.text.closed;
          if (now.kind === 'refused') return `${props.text.refused} ${now.message}`;
          return '';
        })()}
      </p>
      <p class="survey__source">{props.text.sourceNote}</p>
    </form>
  );
}
