import { createResource, Show } from 'solid-js';
import type { ServerMessages } from '../i18n/server-nl';
import type { PrivacyInfo } from '../proposals/contract';
import { apiBase, requestJson } from '../propose/server-api';

/** The server's retention periods and privacy contact, so moderators know what it deletes when. */
export function PrivacySettings(props: { text: ServerMessages }) {
  const [info] = createResource(() => requestJson<PrivacyInfo>(`${apiBase()}/api/privacy`));
  return (
    <section class="beheer__privacy" aria-labelledby="beheer-privacy-heading">
      <h2 id="beheer-privacy-heading">{props.text.privacyHeading}</h2>
      <Show when={info()}>
        {(current) => (
          <>
            <p>
              {props.text.retentionText(
                current().contactRetentionDays,
                current().rejectedRetentionDays,
              )}
            </p>
            <p>
              {current().contact
                ? props.text.privacyContactText(current().contact!)
                : props.text.privacyContactMissing}
            </p>
          </>
        )}
      </Show>
      <p>
        <a href="/privacy">{props.text.privacyPageLink}</a>
      </p>
    </section>
  );
}
