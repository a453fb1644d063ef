import type { FieldPath } from 'react-hook-form';
import type { ContestPatch } from '@/api/schemas/contest-inputs';
import type {
  AggregationMethod,
  Contest,
  ContestSettings,
  ContestStatus,
  RegionRule,
  TieBreakRule,
} from '@/api/schemas/contests';
import type { CommentRule } from '@/api/schemas/criteria';

/**
 * The settings form mirrors the PATCH body, so the server's field paths (`settings.divergence.…`) name
 * form fields as they are. The one addition: the criterion spread check has its own on/off switch,
 * because "off" is `null` on the wire, which a number input cannot hold.
 */
export interface SettingsValues {
  title: string;
  description: string;
  status: ContestStatus;
  criterionSpreadOn: boolean;
  settings: {
    aggregationMethod: AggregationMethod;
    divergence: { totalSpreadPercent: number; criterionSpreadPoints: number };
    blindReview: { revealAfterSubmission: boolean };
    defaultCommentRule: { mode: CommentRule['mode']; minLength: number };
    regionRule: RegionRule;
    tieBreak: TieBreakRule[];
    expertsPerApplication: number;
    overallRecommendation: boolean;
    overallComment: ContestSettings['overallComment'];
    overallCommentMinLength: number;
  };
}

/** What the criterion spread field shows when the check is switched on for the first time. */
const DEFAULT_CRITERION_SPREAD = 5;

export function toValues(contest: Contest): SettingsValues {
  const { settings } = contest;
  const spread = settings.divergence.criterionSpreadPoints;
  return {
    title: contest.title,
    description: contest.description,
    status: contest.status,
    criterionSpreadOn: spread !== null,
    settings: {
      ...structuredClone(settings),
      divergence: {
        totalSpreadPercent: settings.divergence.totalSpreadPercent,
        criterionSpreadPoints: spread ?? DEFAULT_CRITERION_SPREAD,
      },
    },
  };
}

export function toPatch(values: SettingsValues): ContestPatch {
  const { settings } = values;
  return {
    title: values.title.trim(),
    description: values.description,
    status: values.status,
    settings: {
      ...settings,
      divergence: {
        totalSpreadPercent: settings.divergence.totalSpreadPercent,
        criterionSpreadPoints: values.criterionSpreadOn ? settings.divergence.criterionSpreadPoints : null,
      },
      // Field arrays may carry React keys; the wire format is exactly the contract's rule.
      tieBreak: settings.tieBreak.map((rule): TieBreakRule =>
        rule.kind === 'criterion'
          ? { kind: 'criterion', criterionId: rule.criterionId }
          : { kind: rule.kind },
      ),
    },
  };
}

const PLAIN_FIELDS = new Set<string>([
  'title',
  'description',
  'status',
  'settings.aggregationMethod',
  'settings.divergence.totalSpreadPercent',
  'settings.divergence.criterionSpreadPoints',
  'settings.blindReview.revealAfterSubmission',
  'settings.defaultCommentRule.mode',
  'settings.defaultCommentRule.minLength',
  'settings.regionRule',
  'settings.expertsPerApplication',
  'settings.overallRecommendation',
  'settings.overallComment',
  'settings.overallCommentMinLength',
]);

/** The form field a server error path belongs to; null when the form has none (shown in the summary). */
export function settingsField(serverField: string): FieldPath<SettingsValues> | null {
  if (PLAIN_FIELDS.has(serverField)) return serverField as FieldPath<SettingsValues>;
  const rule = /^settings\.tieBreak\.(\d+)(?:\.criterionId)?$/.exec(serverField);
  if (rule) return `settings.tieBreak.${Number(rule[1])}.criterionId` as FieldPath<SettingsValues>;
  return null;
}

/** The DOM id of a field, so the error summary can link to it. */
export function fieldId(name: string): string {
  return `contest-${name.replace(/\./g, '-')}`;
}
