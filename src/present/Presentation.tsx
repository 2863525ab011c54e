import {
  createEffect,
  createMemo,
  createRenderEffect,
  createSignal,
  For,
  on,
  onCleanup,
  onMount,
  Show,
} from 'solid-js';
import type { AppData } from '../data/app-data';
import type { DataIndex } from '../data/indexes';
import type { Describers } from '../explore/describe';
import type { ApprovedState } from '../propose/approved-state';
import type { PublicProposal } from '../proposals/contract';
import { createLiveCallouts } from './callouts';
import { Handout, type HandoutPage } from './Handout';
import { PresentControls } from './PresentControls';
import type { CoveredEdges, Presentation as PresentationState } from './presentation-state';
import { usePresentText } from './present-text';
import { isLocalOnly, proposeUrl, surveyUrl } from './qr';
import { QrCode } from './QrCode';
import { SlideContent, type LiveProposal } from './SlideContent';
import { openPresentChannel } from './sync';
import { slideGemeente } from './tour';
import './present.css';

/** One design pixel: 1 at 1920×1080, 2 at 3840×2160; type, pins and controls scale with it. */
const screenScale = () => Math.min(innerWidth / 1920, innerHeight / 1080);

/**
 * The audience screen over the map: the slide panel (as large as its content), the QR code and the
 * live wall on the right, and controls that show only on input. Operator information (warnings,
 * notes, the next slide) is in the presenter window, which drives this one.
 */
export function PresentationOverlay(props: {
  presentation: PresentationState;
  data: AppData;
  index: DataIndex;
  describe: Describers;
  meetingCode: string | undefined;
  /** Approved proposals from the server (undefined without one): the live wall follows them. */
  approved: ApprovedState | undefined;
  /** Pictures the map as drawn now (for the handout). */
  snapshot: () => Promise<string | undefined>;
}) {
  const text = usePresentText();
  // eslint-disable-next-line no-unassigned-vars -- assigned by Solid's ref
  let panel!: HTMLElement;
  // eslint-disable-next-line no-unassigned-vars -- assigned by Solid's ref
  let aside!: HTMLDivElement;
  const p = () => props.presentation;
  const slide = () => p().slide();
  // The server's PUBLIC_URL when it has one: the address phones in the room can reach.
  // On the survey slide the QR code opens the meeting's survey instead of the propose form.
  const surveyQr = () => slide()?.kind === 'survey' && Boolean(props.meetingCode);
  const qrText = () =>
    surveyQr() && props.meetingCode
      ? surveyUrl(props.approved?.publicUrl ?? location.href, props.meetingCode)
      : proposeUrl(
          props.approved?.publicUrl ?? location.href,
          slideGemeente(slide()),
          props.meetingCode,
        );
  const showQr = () =>
    p().showQr() ||
    slide()?.kind === 'overview' ||
    slide()?.kind === 'closing' ||
    slide()?.kind === 'live' ||
    slide()?.kind === 'survey';
  const withPlace = (proposal: PublicProposal): LiveProposal => ({
    proposal,
    place: props.approved?.placeText(proposal) ?? '',
  });
  // The live-wall slide lists this meeting's approved proposals (of its municipality, if any).
  const meetingProposals = createMemo((): LiveProposal[] => {
    const code = props.meetingCode?.toUpperCase();
    const current = slide();
    const gemeente = current?.kind === 'live' ? current.gemeente : undefined;
    return (props.approved?.approved() ?? [])
      .filter((p) => !code || p.meetingCode?.toUpperCase() === code)
      .filter((p) => !gemeente || p.gemeente === gemeente)
      .map(withPlace);
  });
  const callouts = createLiveCallouts(() =>
    (props.approved?.freshProposals() ?? []).map(withPlace),
  );

  // What the panels cover is the map's padding: the slide's subject is framed in the free part.
  const measure = () => {
    const width = innerWidth;
    const height = innerHeight;
    const gap = Math.round(width * 0.02);
    const side = panel.getBoundingClientRect();
    const right = aside.getBoundingClientRect();
    let left = side.width > 0 && side.right < width * 0.7 ? Math.round(side.right + gap) : 0;
    let rightEdge = right.width > 0 ? Math.round(width - right.left + gap) : 0;
    // A panel across the screen (a chart) leaves the map as a backdrop: frame the whole screen.
    if (width - left - rightEdge < width * 0.3) left = rightEdge = 0;
    return {
      top: Math.round(height * 0.05),
      right: rightEdge,
      bottom: Math.round(height * 0.1),
      left,
    };
  };
  const setScale = () =>
    document.documentElement.style.setProperty('--present-k', String(screenScale()));
  const onResize = () => setScale();
  setScale();
  // The slide is framed again when what it was framed for changes: the map's size (the explore
  // layout giving way to the full screen; MapLibre resizes on its own observer) or what the panels
  // cover (type settling at a new scale, a live count), so nothing it is about ends up behind a
  // panel. A slide change is framed with its new panel already, and is left alone.
  let frame = 0;
  let map: Element | null = null;
  let framedFor = '';
  const frameKey = (cover: CoveredEdges) => {
    const size = map?.getBoundingClientRect();
    return `${size?.width}×${size?.height} ${JSON.stringify(cover)}`;
  };
  const measureForCamera = () => {
    const cover = measure();
    framedFor = frameKey(cover);
    return cover;
  };
  const resized = new ResizeObserver(() => {
    if (frameKey(measure()) === framedFor) return;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => p().reframe(true));
  });
  onMount(() => {
    map = document.querySelector('.map-region .map');
    p().setCoverMeasure(measureForCamera);
    p().reframe(true);
    window.addEventListener('resize', onResize);
    for (const element of [map, panel, aside]) if (element) resized.observe(element);
  });
  onCleanup(() => {
    resized.disconnect();
    cancelAnimationFrame(frame);
    p().setCoverMeasure(undefined);
    window.removeEventListener('resize', onResize);
    document.documentElement.style.removeProperty('--present-k');
  });
  // The QR code coming or going changes what is free of panels.
  createEffect(
    on(
      () => p().showQr(),
      () => p().reframe(),
      { defer: true },
    ),
  );

  // The presenter window: it sends keys, this window says where it is.
  // eslint-disable-next-line solid/reactivity -- a message handler, not a tracked scope
  const channel = openPresentChannel((message) => {
    if (message.type === 'key') {
      p().press(message.key);
    } else if (message.type === 'hello') postState();
  });
  const postState = () =>
    channel.postMessage({
      type: 'state',
      slides: p().slides,
      current: p().current(),
      blank: p().blank(),
      showQr: showQr(),
      paused: Boolean(p().autoplaySeconds() && p().paused()),
      qrUrl: qrText(),
      qrLocalOnly: isLocalOnly(qrText()),
      server: !props.approved ? 'none' : props.approved.liveUp() === false ? 'down' : 'up',
      meeting: Boolean(props.meetingCode),
    });
  // Before this window's own map work for the new slide: the presenter should not wait for it.
  createRenderEffect(postState);
  onCleanup(() => {
    channel.postMessage({ type: 'closed' });
    channel.close();
  });
  // The handout: each slide pictured in turn, then the browser's print dialog (save as PDF).
  const [handout, setHandout] = createSignal<HandoutPage[]>();
  const [preparing, setPreparing] = createSignal<number>();
  const makeHandout = async () => {
    const start = p().current();
    const pages: HandoutPage[] = [];
    for (let i = 0; i < p().count; i++) {
      setPreparing(i + 1);
      p().showInstantly(i);
      await new Promise(requestAnimationFrame);
      pages.push({ slide: p().slides[i]!, image: await props.snapshot() });
    }
    p().showInstantly(start);
    setPreparing(undefined);
    setHandout(pages);
    document.body.dataset.handout = 'ready';
    window.print();
  };
  const openPresenter = () => {
    const url = new URL(location.href);
    url.searchParams.set('presenter', '1');
    window.open(url.toString(), 'samen-buurten-presenter', 'popup,width=1100,height=760');
  };

  return (
    <div
      class="present"
      classList={{ 'present--idle': p().cursorIdle() }}
      onPointerDown={() => {
        if (p().autoplaySeconds() && !p().paused()) p().pause();
      }}
    >
      <div class="present__stage">
        <section
          ref={panel}
          class={`slide slide--${slide()?.kind ?? 'overview'}`}
          aria-labelledby="slide-heading"
          aria-live="polite"
        >
          <Show when={slide()}>
            {(s) => (
              <SlideContent
                slide={s()}
                data={props.data}
                index={props.index}
                describe={props.describe}
                live={meetingProposals()}
                meetingCode={props.meetingCode}
                part={p().part()}
                onParts={p().setParts}
              />
            )}
          </Show>
        </section>
        <div ref={aside} class="present__aside">
          <Show when={props.approved}>
            {(approved) => (
              <p class="present__live" aria-live="polite">
                <Show when={approved().freshCount() > 0}>
                  <span class="present__live-count">
                    {approved().text().liveNew(approved().freshCount())}
                  </span>
                </Show>
              </p>
            )}
          </Show>
          <For each={callouts()}>
            {(item) => (
              <p class="present__callout" role="status">
                <span class="present__callout-kind">{text().liveCallout}</span>
                <strong class="present__callout-name">{item.proposal.name}</strong>
                <span>{item.place}</span>
              </p>
            )}
          </For>
          <Show when={showQr()}>
            <aside
              class="present__qr"
              aria-label={surveyQr() ? text().qrSurvey : text().presentQrInvite}
            >
              <p class="present__qr-invite">{surveyQr() ? text().qrSurvey : text().qrInvite}</p>
              <QrCode
                text={qrText()}
                label={surveyQr() ? text().qrSurvey : text().presentQrLabel}
                showUrl={!isLocalOnly(qrText())}
              />
            </aside>
          </Show>
        </div>
      </div>
      <PresentControls
        presentation={p()}
        onPresenter={openPresenter}
        onHandout={() => void makeHandout()}
      />
      <Show when={preparing()}>
        {(n) => (
          <p class="present__paused" role="status">
            {text().handoutPreparing(n(), p().count)}
          </p>
        )}
      </Show>
      <Show when={handout()}>
        {(pages) => (
          <Handout
            pages={pages()}
            data={props.data}
            index={props.index}
            describe={props.describe}
            live={meetingProposals()}
          />
        )}
      </Show>
      <div class="present__progress" role="status">
        <span>{text().presentProgress(p().current() + 1, p().count)}</span>
        <span class="present__bar" aria-hidden="true">
          <span style={{ width: `${((p().current() + 1) / p().count) * 100}%` }} />
        </span>
      </div>
      <Show when={p().autoplaySeconds() && p().paused()}>
        <p class="present__paused">{text().presentPaused}</p>
      </Show>
      <Show when={p().blank()}>
        <div class="present__blank" aria-label={text().presentBlanked} role="img" />
      </Show>
    </div>
  );
}
