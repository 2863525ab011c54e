import { onMount, Show, type JSX, type ParentProps } from 'solid-js';
import { useFeatureText } from '../i18n/feature-text';

/**
 * The frame of a detail panel: a way back, a heading that takes focus when the panel opens (so a
 * screen reader announces it), and Escape to close.
 */
export function DetailFrame(
  props: ParentProps<{
    headingId: string;
    title: string;
    /** The title's language when it differs from the page's (a Dutch name in English mode). */
    titleLang?: string;
    class?: string;
    badge?: JSX.Element;
    onClose: () => void;
  }>,
) {
  const ft = useFeatureText();
  // eslint-disable-next-line no-unassigned-vars -- assigned by Solid's ref
  let heading!: HTMLHeadingElement;
  onMount(() => heading.focus());
  return (
    <section
      class={`detail ${props.class ?? ''}`.trim()}
      aria-labelledby={props.headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
      }}
    >
      <div class="detail__bar">
        <button type="button" class="button button--quiet" onClick={() => props.onClose()}>
          ← {ft().detailBack}
        </button>
      </div>
      <Show when={props.badge}>{props.badge}</Show>
      <h2 id={props.headingId} tabindex="-1" ref={heading} lang={props.titleLang}>
        {props.title}
      </h2>
      {props.children}
    </section>
  );
}
