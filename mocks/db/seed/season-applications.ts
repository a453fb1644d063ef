import type { Application, Attachment } from '@/api/schemas/applications';
import type { Actor, Organization } from '@/api/schemas/common';
import {
  buildTextPool,
  pickAmount,
  pickConfirmedByRegion,
  pickGrantor,
  pickParticipants,
  pickProjectDates,
} from './content';
import type { TextPool } from './content';
import type { NominationSpec } from './contests';
import { ATTACHMENTS } from './generic-phrases';
import type { IdSequence } from './ids';
import { makeOrganization } from './organizations';
import type { Rng } from './random';
import { WeightedPicker } from './random';
import { REGION_WEIGHTS } from './regions';
import type { RegionInfo } from './regions';
import type { ThemeId } from './theme-phrases';
import { MINUTE, iso, toSecond } from './time';

export interface SeasonApplicationsOptions {
  contestId: string;
  nominations: readonly NominationSpec[];
  year: number;
  firstId: number;
  importStart: number;
  decisionsFrom: number;
  decisionsTo: number;
  fileIds: IdSequence;
  usedInn: Set<string>;
  organizer: Actor;
}

const POOL_SIZE = 96;

/** Attachment names URL-encoded once: 60,000 attachments would otherwise encode the same 14 names. */
const ENCODED_ATTACHMENTS = ATTACHMENTS.map(([name, min, max]) => ({
  name,
  min,
  max,
  encoded: encodeURIComponent(name),
}));

/** In-place Fisher–Yates on a typed array: the season shuffles 40,000 nomination slots. */
function shuffleInPlace(rng: Rng, items: Uint8Array): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1));
    const tmp = items[i] ?? 0;
    items[i] = items[j] ?? 0;
    items[j] = tmp;
  }
}

/**
 * 40,000 applications. Texts come from small precomputed pools per theme (shared strings, shorter
 * fields), numbers and dates are drawn per row; nothing is spread or cloned in the loop.
 */
export function seasonApplications(rng: Rng, options: SeasonApplicationsOptions): Application[] {
  const { nominations } = options;
  const total = nominations.reduce((sum, spec) => sum + spec.count, 0);
  const slots = new Uint8Array(total);
  let at = 0;
  nominations.forEach((spec, index) => {
    slots.fill(index, at, at + spec.count);
    at += spec.count;
  });
  shuffleInPlace(rng, slots);

  const pools = new Map<ThemeId, TextPool>();
  for (const spec of nominations) {
    for (const theme of spec.themes) {
      if (!pools.has(theme))
        pools.set(theme, buildTextPool(rng.fork(`pool-${theme}`), theme, options.year, POOL_SIZE));
    }
  }
  const regions = new WeightedPicker<RegionInfo>(REGION_WEIGHTS);
  const recentOrgs = new Map<string, Organization>();
  const applications: Application[] = new Array<Application>(total);
  const decidedBy = options.organizer;
  let id = options.firstId;

  for (let i = 0; i < total; i++) {
    const spec = nominations[slots[i] ?? 0] as NominationSpec;
    const theme = spec.themes[0] as ThemeId;
    const pool = pools.get(theme) as TextPool;
    const region = regions.pick(rng);
    // Some organisations file more than one project: reuse the region's last applicant now and then.
    const recent = recentOrgs.get(region.code);
    let organization: Organization;
    if (recent !== undefined && rng.chance(0.1)) {
      organization = { name: recent.name, inn: recent.inn };
    } else {
      organization = makeOrganization(rng, theme, region.code, options.usedInn);
      recentOrgs.set(region.code, organization);
    }
    const attachmentCount = rng.int(0, 3);
    const attachments: Attachment[] = [];
    for (let k = 0; k < attachmentCount; k++) {
      const kind = ENCODED_ATTACHMENTS[
        rng.int(0, ENCODED_ATTACHMENTS.length - 1)
      ] as (typeof ENCODED_ATTACHMENTS)[number];
      const fileId = options.fileIds.next();
      attachments.push({
        id: fileId,
        name: kind.name,
        size: rng.int(kind.min, kind.max),
        url: `/files/${fileId}/${kind.encoded}`,
      });
    }
    const dates = pickProjectDates(rng, options.year);
    const requestedAmount = pickAmount(rng);
    const importedAt = iso(toSecond(options.importStart + i * 0.6 * MINUTE));
    const decidedAt = iso(
      toSecond(options.decisionsFrom + rng.next() * (options.decisionsTo - options.decisionsFrom)),
    );
    id += rng.int(1, 3);
    applications[i] = {
      id: String(id),
      contestId: options.contestId,
      nominationId: spec.id,
      title: pool.titles[rng.int(0, POOL_SIZE - 1)] as string,
      organization,
      region: { code: region.code, name: region.name },
      startDate: dates.startDate,
      endDate: dates.endDate,
      goals: pool.goals[rng.int(0, POOL_SIZE - 1)] as string,
      targetAudience: pool.targetAudience[rng.int(0, POOL_SIZE - 1)] as string,
      summary: pool.summary[rng.int(0, POOL_SIZE - 1)] as string,
      grantor: pickGrantor(rng, theme, region),
      requestedAmount,
      participantsCount: pickParticipants(rng, requestedAmount),
      qualitativeResults: pool.qualitativeResults[rng.int(0, POOL_SIZE - 1)] as string,
      confirmedByRegion: pickConfirmedByRegion(rng),
      attachments,
      screening: {
        status: 'admitted',
        reason: null,
        decidedBy: { id: decidedBy.id, name: decidedBy.name },
        decidedAt,
      },
      importedAt,
      updatedAt: decidedAt,
    };
  }
  return applications;
}
