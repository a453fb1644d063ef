import type { Rng } from './random';

/** `prefix-1`, `prefix-2`, …: deterministic row IDs in creation order. */
export class IdSequence {
  private n = 0;
  constructor(private readonly prefix: string) {}

  next(): string {
    this.n += 1;
    return `${this.prefix}-${this.n}`;
  }
}

/**
 * Application IDs are the applicant platform's digit strings («1645»): increasing with small gaps,
 * as when other contests' applications are interleaved, and never reusing a reserved ID.
 */
export class ApplicationIds {
  private current: number;

  constructor(
    private readonly rng: Rng,
    start: number,
    private readonly used: Set<string>,
    private readonly maxGap = 4,
  ) {
    this.current = start;
  }

  next(): string {
    for (;;) {
      this.current += this.rng.int(1, this.maxGap);
      const id = String(this.current);
      if (!this.used.has(id)) {
        this.used.add(id);
        return id;
      }
    }
  }
}
