import { For, Show } from 'solid-js';
import { Portal } from 'solid-js/web';
import type { AppData } from '../data/app-data';
import type { DataIndex } from '../data/indexes';
import type { Describers } from '../explore/describe';
import { usePresentText } from './present-text';
import { SlideContent, type LiveProposal } from './SlideContent';
import type { Slide } from './tour';

export interface HandoutPage {
  slide: Slide;
  /** The map as it was on screen for this slide, pins included. */
  image: string | undefined;
}

/**
 * The tour for print: one page per slide, the slide's text beside its map. Only the print style
 * shows it (see present.css); the browser's print dialog saves it as PDF.
 */
export function Handout(props: {
  pages: HandoutPage[];
  data: AppData;
  index: DataIndex;
  describe: Describers;
  live: LiveProposal[];
}) {
  const text = usePresentText();
  return (
    <Portal>
      <div class="handout" aria-hidden="true">
        <For each={props.pages}>
          {(page, i) => (
            <section class="handout__page">
              <div class="handout__text">
                <SlideContent
                  slide={page.slide}
                  data={props.data}
                  index={props.index}
                  describe={props.describe}
                  live={props.live}
                  headingId={`handout-${i()}`}
                />
                <p class="handout__footer">
                  {text().handoutTitle} · {i() + 1}/{props.pages.length}
                </p>
              </div>
              <Show when={page.image}>
                {(image) => <img class="handout__map" src={image()} alt="" />}
              </Show>
            </section>
          )}
        </For>
      </div>
    </Portal>
  );
}
