// Tiers and bands of registry coverage (DOMAIN.md; docs/INDICATORS.md explains the edges).
import type { OrgStatus } from '../../../shared/domain/enums';
import type { BandId, TierId, TierThresholds } from '../../../shared/domain/indicators';

/**
 * The tier of one organization. Organizations being liquidated are listed apart whatever their
 * figures; one with nobody registered is «работа не ведется» even without a stat figure; one with
 * members but no stat figure cannot be placed.
 */
export function tierOf(coverage: number | null, registered: number | null, status: OrgStatus, t: TierThresholds): TierId {
  if (status !== 'active') return 'liquidating';
  if (registered === 0) return 'zero';
  if (coverage === null) return 'noData';
  if (coverage >= t.complete) return 'complete';
  if (coverage >= t.near) return 'near';
  if (coverage > t.weak) return 'weak';
  return 'zero';
}

/** Union-level band: 100%+, >90%, >70%, >50%, >40%, >20%, and the rest (20% itself included). */
export function bandOf(coverage: number | null): BandId | null {
  if (coverage === null) return null;
  if (coverage >= 100) return 'b100';
  if (coverage > 90) return 'b90';
  if (coverage > 70) return 'b70';
  if (coverage > 50) return 'b50';
  if (coverage > 40) return 'b40';
  if (coverage > 20) return 'b20';
  return 'below20';
}
