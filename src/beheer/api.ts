import type {
  AuditEntry,
  Meeting,
  ModeratedProposal,
  ModerationStatus,
  ServerStatus,
} from '../proposals/contract';
import type { ModeratorEditKey } from '../proposals/fields';
import type { ProposalInput } from '../proposals/proposal';
import type { SurveyResponseRecord } from '../survey/api';
import type { Survey, SurveySetup } from '../survey/survey';
import { ApiError, apiBase, detectServer, failureOf, requestJson } from '../propose/server-api';

const TOKEN_KEY = 'samen-buurten:beheer-token';

/** The token lives in this tab only (sessionStorage): closing the tab logs out. */
export const savedToken = () => sessionStorage.getItem(TOKEN_KEY) ?? undefined;
export const saveToken = (token: string | undefined) =>
  token ? sessionStorage.setItem(TOKEN_KEY, token) : sessionStorage.removeItem(TOKEN_KEY);

export type EditableFields = Pick<ProposalInput, ModeratorEditKey>;

/** The moderation API (`/api/beheer/…`) with one moderator's token. */
export function moderationApi(token: string, base = apiBase(), fetchFn?: typeof fetch) {
  const auth = { authorization: `Bearer ${token}` };
  const json = <T>(path: string, init: RequestInit = {}) =>
    requestJson<T>(
      `${base}/api/beheer${path}`,
      {
        ...init,
        headers: {
          ...auth,
          ...(init.body ? { 'content-type': 'application/json' } : {}),
        },
      },
      fetchFn,
    );
  const post = <T>(path: string, body: unknown) =>
    json<T>(path, { method: 'POST', body: JSON.stringify(body) });
  return {
    checkSession: () => json<void>('/sessie'),
    proposals: (status: ModerationStatus) =>
      json<ModeratedProposal[]>(`/voorstellen?status=${status}`),
    /** Every proposal, whatever its status (the meeting report picks its meeting's). */
    allProposals: () => json<ModeratedProposal[]>('/voorstellen'),
    approve: (number: number) => post<ModeratedProposal>(`/voorstellen/${number}/goedkeuren`, {}),
    reject: (number: number, reason: string) =>
      post<ModeratedProposal>(`/voorstellen/${number}/afwijzen`, { reason }),
    edit: (number: number, fields: EditableFields) =>
      json<ModeratedProposal>(`/voorstellen/${number}`, {
        method: 'PATCH',
        body: JSON.stringify(fields),
      }),
    /** Erases a proposal entirely (a request from its submitter). */
    erase: (number: number) => json<void>(`/voorstellen/${number}`, { method: 'DELETE' }),
    meetings: () => json<Meeting[]>('/vergaderingen'),
    createMeeting: (title: string) => post<Meeting>('/vergaderingen', { title }),
    auditLog: () => json<AuditEntry[]>('/logboek'),
    setSurvey: (code: string, setup: SurveySetup) =>
      json<Survey>(`/vergaderingen/${encodeURIComponent(code)}/enquete`, {
        method: 'PUT',
        body: JSON.stringify(setup),
      }),
    closeSurvey: (code: string) =>
      post<Survey>(`/vergaderingen/${encodeURIComponent(code)}/enquete/sluiten`, {}),
    surveyResponses: (code: string) =>
      json<SurveyResponseRecord[]>(`/vergaderingen/${encodeURIComponent(code)}/enquete/antwoorden`),
    decideOpenAnswer: (code: string, number: number, status: 'goedgekeurd' | 'afgewezen') =>
      post<SurveyResponseRecord>(
        `/vergaderingen/${encodeURIComponent(code)}/enquete/antwoorden/${number}/open`,
        { status },
      ),
    /** A file (CSV, GeoJSON) that needs the token, as text to save on the device. */
    async file(path: string): Promise<string> {
      let response: Response;
      try {
        response = await (fetchFn ?? fetch)(`${base}/api/beheer${path}`, { headers: auth });
      } catch {
        throw new ApiError({ kind: 'offline' });
      }
      if (!response.ok) throw new ApiError(await failureOf(response));
      return response.text();
    },
  };
}

export type ModerationApi = ReturnType<typeof moderationApi>;

/** Whether this page is served by a Samen Buurten server that has moderation switched on. */
export async function serverForModeration(): Promise<'none' | 'off' | ServerStatus> {
  const status = await detectServer(apiBase());
  if (!status) return 'none';
  return status.moderation ? status : 'off';
}
