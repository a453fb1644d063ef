import type { Recommendation } from '@/api/schemas/sheets';
import {
  ADVICE_CONNECTORS,
  OVERALL_OPENINGS,
  OVERALL_OPENINGS_TITLED,
  OVERALL_REJECT,
  OVERALL_STRENGTHS,
  OVERALL_SUPPORT,
  OVERALL_WEAKNESSES,
  TOP_CLOSERS,
  TOPIC_PHRASES,
} from './comment-phrases';
import type { CommentTopic } from './comment-phrases';
import type { Rng } from './random';
import { lowerFirst } from './text';

/** Where a score sits on its scale: which observations fit it. */
export type Band = 0 | 1 | 2 | 3;
const LOW: Band = 0;
const MID: Band = 1;
const HIGH: Band = 2;
const TOP: Band = 3;

export function bandOf(score: number, scaleMin: number, scaleMax: number): Band {
  if (score >= scaleMax) return TOP;
  const share = (score - scaleMin) / (scaleMax - scaleMin);
  if (share <= 0.4) return LOW;
  if (share <= 0.7) return MID;
  return HIGH;
}

const TOPICS = Object.keys(TOPIC_PHRASES) as CommentTopic[];
const TOPIC_INDEX = new Map(TOPICS.map((t, i) => [t, i]));
const POOLS_PER_TOPIC = 4;
const STEPS = [7, 11, 13, 17, 19, 23, 29, 31] as const;

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * Precomputed expert comments, handed out so that one expert never repeats a comment verbatim
 * until a pool is exhausted: each expert walks each pool with their own offset and a stride
 * coprime to its length. That keeps the coordinator's «copied comments» signal quiet except where
 * the demo plants a copy on purpose, and costs the season preset no string building per sheet.
 */
export class CommentBank {
  private readonly pools: string[][] = [];
  private readonly counters: Int32Array;
  private readonly poolCount: number;

  constructor(rng: Rng, expertCount: number, titled: boolean) {
    for (const topic of TOPICS) {
      const phrases = TOPIC_PHRASES[topic];
      for (const observations of [phrases.low, phrases.mid, phrases.high]) {
        const pool: string[] = [];
        for (const observation of observations) {
          for (const advice of phrases.advice) {
            for (const connector of ADVICE_CONNECTORS) {
              pool.push(`${observation} ${connector === '' ? advice : connector + lowerFirst(advice)}`);
            }
          }
        }
        this.pools.push(rng.shuffle(pool));
      }
      const top: string[] = [];
      for (const observation of phrases.top) for (const closer of TOP_CLOSERS) top.push(observation + closer);
      this.pools.push(rng.shuffle(top));
    }
    const openings = titled ? OVERALL_OPENINGS_TITLED : OVERALL_OPENINGS;
    for (const conclusions of [OVERALL_SUPPORT, OVERALL_REJECT]) {
      const pool: string[] = [];
      for (const opening of openings) {
        for (const strength of OVERALL_STRENGTHS) {
          for (const weakness of OVERALL_WEAKNESSES) {
            for (const conclusion of conclusions)
              pool.push(`${opening} ${strength} ${weakness} ${conclusion}`);
          }
        }
      }
      this.pools.push(rng.shuffle(pool));
    }
    // A stride sharing a factor with the pool length would revisit comments before using them all.
    for (const pool of this.pools) {
      if (STEPS.some((step) => gcd(step, pool.length) !== 1))
        throw new Error(`Comment pool of ${pool.length} breaks the strides`);
    }
    this.poolCount = this.pools.length;
    this.counters = new Int32Array(expertCount * this.poolCount);
  }

  private draw(expertIndex: number, poolIndex: number): string {
    const pool = this.pools[poolIndex];
    if (pool === undefined || pool.length === 0) throw new Error(`No comment pool ${poolIndex}`);
    const counterIndex = expertIndex * this.poolCount + poolIndex;
    const n = this.counters[counterIndex] ?? 0;
    this.counters[counterIndex] = n + 1;
    const hash = Math.imul(expertIndex + 1, 2654435761) >>> 0;
    const step = STEPS[hash % STEPS.length] ?? 1;
    return pool[(hash + n * step) % pool.length] as string;
  }

  /** A justification for a score in `band` on a criterion of `topic`. */
  criterion(expertIndex: number, topic: CommentTopic, band: Band): string {
    const topicIndex = TOPIC_INDEX.get(topic) ?? 0;
    return this.draw(expertIndex, topicIndex * POOLS_PER_TOPIC + band);
  }

  /** An overall comment (≥ 50 characters); titled banks leave a `{title}` slot to fill. */
  overall(expertIndex: number, recommendation: Recommendation): string {
    const base = TOPICS.length * POOLS_PER_TOPIC;
    return this.draw(expertIndex, base + (recommendation === 'support' ? 0 : 1));
  }
}
