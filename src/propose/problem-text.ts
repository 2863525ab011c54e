import type { Messages } from '../i18n/nl';
import type { ProposalProblem } from '../proposals/proposal';

/** A validation problem in the user's words, next to its field. */
export function problemText(
  problem: ProposalProblem | { field: 'id'; code: 'duplicate' },
  t: Messages,
): string {
  const words = t.problems;
  switch (problem.code) {
    case 'required':
      return problem.field === 'location' ? words.requiredLocation : words.required;
    case 'tooShort':
      return words.tooShort(problem.limit);
    case 'tooLong':
      return words.tooLong(problem.limit);
    case 'outsideFlevoland':
      return words.outsideFlevoland;
    case 'duplicate':
      return words.duplicate;
    case 'direction':
      return words.direction;
    case 'invalid':
      if (problem.field === 'website') return words.invalidWebsite;
      if (problem.field === 'meetingCode') return words.invalidMeetingCode;
      return words.invalid;
  }
}
