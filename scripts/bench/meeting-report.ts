/** Figures, budget lines and the report section of the meeting-room benchmark (meeting.ts). */
import { formatBytes, type Budget } from './stats';

const MB = 1024 * 1024;

export interface MeetingRun {
  /** Response body bytes one phone received (all phones get the same files). */
  bytesPerPhone: number;
  /** From the moment all phones start until the last one has every file. */
  seconds: number;
  /** How many of a phone's files came brotli- or gzip-encoded. */
  encodedFiles: number;
}

export interface MeetingFigures {
  phones: number;
  mbit: number;
  files: number;
  compressed: MeetingRun;
  plain: MeetingRun;
  /** Why the benchmark could not run; the figures are then NaN (and the budgets fail). */
  error?: string;
}

const NOT_MEASURED: MeetingRun = { bytesPerPhone: NaN, seconds: NaN, encodedFiles: NaN };

export function failedMeeting(phones: number, mbit: number, error: string): MeetingFigures {
  return { phones, mbit, files: NaN, compressed: NOT_MEASURED, plain: NOT_MEASURED, error };
}

const formatSeconds = (s: number) => (Number.isFinite(s) ? `${s.toFixed(1)} s` : 'n/a');

/** Issue #19's goals for the compressed wave: ≤ 0.6 MB per phone, the 50th phone done ≤ 15 s. */
export function meetingBudgets(figures: MeetingFigures): Budget[] {
  return [
    {
      name: `meeting room: bytes per phone (first visit + precache, br/gzip)`,
      value: figures.compressed.bytesPerPhone,
      kind: 'atMost',
      limit: 0.6 * MB,
      format: formatBytes,
    },
    {
      name: `meeting room: ${figures.phones} phones done over ${figures.mbit} Mbit/s`,
      value: figures.compressed.seconds,
      kind: 'atMost',
      limit: 15,
      format: formatSeconds,
    },
  ];
}

export function meetingLines(figures: MeetingFigures): string[] {
  const row = (label: string, run: MeetingRun) =>
    `  ${label.padEnd(34)}${formatBytes(run.bytesPerPhone).padStart(10)} per phone` +
    `${formatSeconds(run.seconds).padStart(9)} until the ${figures.phones}th phone is done` +
    ` (${run.encodedFiles} of ${figures.files} files encoded)`;
  return [
    '',
    `Meeting room (${figures.phones} phones' first visit at once through one ${figures.mbit} Mbit/s link; ` +
      "`npm start`'s server and build)",
    ...(figures.error ? [`  did not run: ${figures.error}`] : []),
    row('compressed (Accept-Encoding: br, gzip)', figures.compressed),
    row('compression off (no Accept-Encoding)', figures.plain),
    `  ratio compressed / off: bytes ${(figures.compressed.bytesPerPhone / figures.plain.bytesPerPhone).toFixed(2)}×, ` +
      `time ${(figures.compressed.seconds / figures.plain.seconds).toFixed(2)}×`,
  ];
}
