import type { ServerMessages } from '../i18n/server-nl';
import { ApiError } from '../propose/server-api';

/** A failed request in the moderator's words; whatever they typed stays where it was. */
export function failureText(error: unknown, text: ServerMessages): string {
  const failure = error instanceof ApiError ? error.failure : { kind: 'offline' as const };
  switch (failure.kind) {
    case 'offline':
      return text.offline;
    case 'unauthorized':
      return text.expiredToken;
    case 'not-found':
      return text.notFound;
    case 'conflict':
      return text.conflict;
    case 'rate-limited':
      return text.rateLimited;
    case 'invalid':
      return text.serverError(422);
    case 'server':
      return text.serverError(failure.status);
  }
}
