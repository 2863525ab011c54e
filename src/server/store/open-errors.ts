import { closeSync, openSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const reasonOf = (error: unknown) =>
  error instanceof Error ? error.message.replace(/, (open|mkdir|stat) '.*'$/, '') : String(error);

/**
 * Why a database file cannot be opened, in words that name the file and what is wrong with it:
 * SQLite itself only says "unable to open database file".
 */
export function explainOpenFailure(file: string, error: unknown): Error {
  let reason = reasonOf(error);
  try {
    const found = statSync(file, { throwIfNoEntry: false });
    if (found?.isDirectory()) reason = 'it is a folder, not a database file';
    else if (found) closeSync(openSync(file, 'r+'));
    else {
      const probe = join(dirname(file), `.write-test-${process.pid}`);
      closeSync(openSync(probe, 'wx'));
      rmSync(probe);
    }
  } catch (probeError) {
    reason = statSync(file, { throwIfNoEntry: false })
      ? `it cannot be opened for writing (${reasonOf(probeError)})`
      : `cannot create files in ${dirname(file)} (${reasonOf(probeError)})`;
  }
  return new Error(`Cannot open the database ${file}: ${reason}`, { cause: error });
}

/** The data directory, made when missing; a clear error naming DATA_DIR when that cannot be. */
export function describeDataDirFailure(dir: string, error: unknown): Error {
  return new Error(`DATA_DIR ${dir} cannot be used as a folder: ${reasonOf(error)}`, {
    cause: error,
  });
}
