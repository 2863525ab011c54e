import { createHash, randomBytes } from 'node:crypto';
import { tokenMatches } from './auth';
import type { Repository } from './store/repository';

/** Moderator names: what the audit log shows, so short and plain. */
export const MODERATOR_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,39}$/u;

/**
 * Tokens are 32 random bytes, so a plain SHA-256 is enough to keep the stored form useless to a
 * thief (there is nothing to guess from); a slow password hash would only slow every request.
 */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export const newModeratorToken = () => randomBytes(32).toString('base64url');

/**
 * Who holds this token: the first administrator (ADMIN_TOKEN, by its configured name) or a named
 * moderator whose token has not been revoked; undefined otherwise.
 */
export async function moderatorFor(
  token: string | undefined,
  admin: { adminToken: string; adminName: string },
  repo: Pick<Repository, 'moderatorByTokenHash'>,
): Promise<string | undefined> {
  if (!token) return undefined;
  if (tokenMatches(token, admin.adminToken)) return admin.adminName;
  return repo.moderatorByTokenHash(hashToken(token));
}
