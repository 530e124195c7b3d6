/** Bands of a discrete axis: where each band starts and how wide it is. */
export interface BandScale {
  start: (index: number) => number;
  center: (index: number) => number;
  bandwidth: number;
  step: number;
}

/** Splits a length into `count` bands with a tenth of a step between bands and half that at each end. */
export function bandScale(count: number, length: number): BandScale {
  const paddingInner = 0.1;
  const paddingOuter = 0.05;
  const step = length / Math.max(1, count - paddingInner + 2 * paddingOuter);
  const bandwidth = step * (1 - paddingInner);
  const first = step * paddingOuter;
  return {
    start: (i) => first + i * step,
    center: (i) => first + i * step + bandwidth / 2,
    bandwidth,
    step,
  };
}

/** A count axis from 0: its top (a round number at or above `max`) and whole-number ticks. */
export interface CountScale {
  top: number;
  ticks: number[];
}

/**
 * The axis of counts up to `max` on an axis `length` points long: the top rounded up to a step
 * of 1, 2 or 5 times a power of ten, and about a tick every 40 points, never closer than 1 apart.
 */
export function countScale(max: number, length: number): CountScale {
  let top = Math.max(1, max);
  for (let i = 0; i < 10; i++) {
    const step = tickStep(top, 10);
    const next = Math.ceil(top / step) * step;
    if (next === top) break;
    top = next;
  }
  const count = Math.max(1, Math.min(Math.ceil(length / 40), Math.floor(top)));
  const step = Math.max(1, tickStep(top, count));
  const ticks: number[] = [];
  for (let t = 0; t <= top + 1e-9; t += step) ticks.push(Math.round(t));
  return { top, ticks };
}

// A step of 1, 2 or 5 times a power of ten giving about `count` intervals over [0, span].
function tickStep(span: number, count: number): number {
  const raw = span / count;
  const power = Math.floor(Math.log10(raw));
  const error = raw / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * 10 ** power;
}
