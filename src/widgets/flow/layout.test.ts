import { describe, expect, it } from 'vitest';
import { actorIds } from './model';
import { actorPosition, box, edge, stepEdges, viewBox, wrapLabel } from './layout';

describe('actor positions', () => {
  it('keep every box inside the viewBox and apart from the others', () => {
    for (const id of actorIds) {
      const { x, y } = actorPosition[id];
      expect(x - box.width / 2).toBeGreaterThanOrEqual(0);
      expect(x + box.width / 2).toBeLessThanOrEqual(viewBox.width);
      expect(y - box.height / 2).toBeGreaterThanOrEqual(0);
      expect(y + box.height / 2).toBeLessThanOrEqual(viewBox.height);
      for (const other of actorIds.filter((o) => o !== id)) {
        const p = actorPosition[other];
        const overlap = Math.abs(p.x - x) < box.width && Math.abs(p.y - y) < box.height;
        expect(overlap, `${id} overlaps ${other}`).toBe(false);
      }
    }
  });
});

describe('edge', () => {
  it('starts and ends outside both boxes', () => {
    const e = edge('person', 'gate');
    const [sx, sy] = e.d.slice(1).split(/[ ,LC]/).map(Number);
    expect(Math.abs((sx ?? 0) - actorPosition.person.x) > box.width / 2 || Math.abs((sy ?? 0) - actorPosition.person.y) > box.height / 2).toBe(true);
    expect(e.d).toMatch(/^M[\d.]+,[\d.]+/);
  });

  it('draws A→B and B→A as different curves', () => {
    expect(edge('gate', 'vendor').d).not.toBe(edge('vendor', 'gate').d);
    expect(edge('gate', 'vendor').mid).not.toEqual(edge('vendor', 'gate').mid);
  });

  it('puts the middle between the two actors', () => {
    const { mid } = edge('operator', 'payment');
    expect(mid[0]).toBeGreaterThan(actorPosition.operator.x);
    expect(mid[0]).toBeLessThan(actorPosition.payment.x);
  });
});

describe('wrapLabel', () => {
  it.each([
    ['Person', 16, ['Person']],
    ['Gate / terminal', 16, ['Gate / terminal']],
    ['Payment platform / bank', 16, ['Payment', 'platform / bank']],
    ['Zahlungsdienst oder Bank', 16, ['Zahlungsdienst', 'oder Bank']],
    ['公安机关与身份证照片库', 16, ['公安机关与身份证', '照片库']],
    ['Technikanbieter', 10, ['Technikanbieter']],
    ['게이트·단말기', 12, ['게이트·', '단말기']],
    ['결제서비스제공자', 12, ['결제서비스제공자']],
    ['a very long label that goes on and on', 10, ['a very', 'long label that goes on and on']],
  ])('%j at %i columns', (text, perLine, expected) => {
    expect(wrapLabel(text, perLine)).toEqual(expected);
  });
});

describe('stepEdges', () => {
  it('gives repeated pairs their own curves', () => {
    const edges = stepEdges([
      { from: 'person', to: 'gate' },
      { from: 'gate', to: 'vendor' },
      { from: 'person', to: 'gate' },
    ]);
    expect(edges).toHaveLength(3);
    expect(edges[0]?.d).not.toBe(edges[2]?.d);
    expect(edges[0]?.d).toBe(edge('person', 'gate').d);
  });
});

describe('edges keep clear of the boxes they pass', () => {
  it('bends person → operator away from the gate box', () => {
    const { mid } = edge('person', 'operator');
    const gate = actorPosition.gate;
    const inside = Math.abs(mid[0] - gate.x) < box.width / 2 && Math.abs(mid[1] - gate.y) < box.height / 2;
    expect(inside).toBe(false);
    expect(mid[0]).toBeGreaterThan(gate.x + box.width / 2);
  });
});
