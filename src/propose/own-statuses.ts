import type { ProposalStatusReport } from '../proposals/contract';
import type { Proposal } from '../proposals/proposal';

/** This device's sent proposals that the server now shows as approved (by server number). */
export function approvedOnes(proposals: Proposal[], numbers: ReadonlySet<number>): Proposal[] {
  return proposals
    .filter(
      (p) =>
        p.serverNumber !== undefined && numbers.has(p.serverNumber) && p.status === 'verzonden',
    )
    .map((p) => ({ ...p, status: 'goedgekeurd' }));
}

/**
 * What the server says became of this device's sent proposals: approved, or rejected with a
 * reason. A proposal still waiting, or edited here since (back to 'lokaal'), is left as it is.
 */
export function judgedOnes(
  proposals: Proposal[],
  reports: readonly ProposalStatusReport[],
): Proposal[] {
  const byId = new Map(reports.map((r) => [r.id, r]));
  return proposals.flatMap((p): Proposal[] => {
    const report = byId.get(p.id);
    if (!report || p.status === 'lokaal' || report.status === 'ingediend') return [];
    if (p.status === report.status && p.reason === report.reason) return [];
    const next: Proposal = { ...p, status: report.status, serverNumber: report.number };
    if (report.reason) next.reason = report.reason;
    else delete next.reason;
    return [next];
  });
}
