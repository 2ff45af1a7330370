/**
 * Where the flow diagram draws things: fixed actor positions in one portrait viewBox
 * (readable from 320 px up; on wide screens it sits beside the step list) and curved
 * edges between actor boxes. d3-shape computes the curves; Svelte draws them.
 */
import { curveNatural, line } from 'd3-shape';
import type { ActorId } from './model';

export const viewBox = { width: 360, height: 430 } as const;
export const box = { width: 130, height: 54 } as const;

/** Centres of the actor boxes: the person on top, the authorities at the bottom. */
export const actorPosition: Record<ActorId, { x: number; y: number }> = {
  person: { x: 180, y: 40 },
  gate: { x: 72, y: 150 },
  vendor: { x: 288, y: 150 },
  operator: { x: 72, y: 280 },
  payment: { x: 288, y: 280 },
  authorities: { x: 180, y: 390 },
};

type Point = [number, number];

/** Where the segment from a box's centre towards `toward` leaves the box. */
function boxExit(center: Point, toward: Point, margin = 6): Point {
  const [cx, cy] = center;
  const dx = toward[0] - cx;
  const dy = toward[1] - cy;
  const hw = box.width / 2 + margin;
  const hh = box.height / 2 + margin;
  const scale = 1 / Math.max(Math.abs(dx) / hw, Math.abs(dy) / hh, 1e-9);
  return [cx + dx * scale, cy + dy * scale];
}

const curve = line<Point>().curve(curveNatural).digits(1);

export interface Edge {
  /** SVG path from the sender's box to the receiver's box. */
  d: string;
  /** The middle of the curve, where the data item's label and dot sit. */
  mid: Point;
}

/** How far a point is from the nearest box other than the two ends, in box sizes. */
function clearance(point: Point, from: ActorId, to: ActorId): number {
  let nearest = Infinity;
  for (const [id, p] of Object.entries(actorPosition)) {
    if (id === from || id === to) continue;
    const d = Math.max(Math.abs(point[0] - p.x) / box.width, Math.abs(point[1] - p.y) / box.height);
    nearest = Math.min(nearest, d);
  }
  return nearest;
}

/**
 * A curved edge from one actor to another. It bends to the right of its direction of
 * travel, so A→B and B→A are two distinct curves, unless that would run it into a box
 * it passes and the left is clearer.
 */
export function edge(from: ActorId, to: ActorId, bend = 22): Edge {
  const a: Point = [actorPosition[from].x, actorPosition[from].y];
  const b: Point = [actorPosition[to].x, actorPosition[to].y];
  const length = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
  const normal: Point = [-(b[1] - a[1]) / length, (b[0] - a[0]) / length];
  const controlAt = (sign: number): Point => [
    (a[0] + b[0]) / 2 + normal[0] * bend * sign,
    (a[1] + b[1]) / 2 + normal[1] * bend * sign,
  ];
  const right = controlAt(1);
  const left = controlAt(-1);
  const control = clearance(right, from, to) < 1 && clearance(left, from, to) > clearance(right, from, to) ? left : right;
  const start = boxExit(a, control);
  const end = boxExit(b, control);
  const mid: Point = [
    Math.round(0.25 * start[0] + 0.5 * control[0] + 0.25 * end[0]),
    Math.round(0.25 * start[1] + 0.5 * control[1] + 0.25 * end[1]),
  ];
  return { d: curve([start, control, end]) ?? '', mid };
}

/**
 * Splits a label into at most `maxLines` lines of about `perLine` columns, breaking at
 * spaces, slashes and middle dots, and between any two characters only in Chinese text
 * (Korean, like English, breaks between words). CJK characters count as two columns.
 */
export function wrapLabel(text: string, perLine = 16, maxLines = 2): string[] {
  const wide = /[\u1100-\uffdc]/;
  const width = (s: string) => [...s].reduce((n, ch) => n + (wide.test(ch) ? 2 : 1), 0);
  if (width(text) <= perLine) return [text];
  const breaks = /[\s/·]/;
  let tokens: string[];
  if (breaks.test(text)) tokens = text.split(/(?<=[\s/·])/);
  else if (/\p{Script=Han}/u.test(text)) tokens = [...text];
  else return [text];
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (current && width(current + token) > perLine && lines.length < maxLines - 1) {
      lines.push(current.trimEnd());
      current = token.trimStart();
    } else current += token;
  }
  lines.push(current.trim());
  return lines;
}

/**
 * One edge per step. Steps that repeat a sender→receiver pair bend further out, so
 * their curves and step numbers stay apart.
 */
export function stepEdges(steps: readonly { from: ActorId; to: ActorId }[]): Edge[] {
  const seen = new Map<string, number>();
  return steps.map(({ from, to }) => {
    const key = `${from}>${to}`;
    const repeat = seen.get(key) ?? 0;
    seen.set(key, repeat + 1);
    return edge(from, to, 22 + repeat * 18);
  });
}
