import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { localeCodes, referenceLocale } from '../../i18n/locales';
import { parseStrings } from '../../i18n/strings';
import {
  actorIds, clampStep, defaultScenario, flowParams, holdings, isLast, itemIds, next, parseFlowParams,
  overview, previous, requiredKeys, scenarioIds, scenarioItems, scenarios, stepKey, type FlowState,
} from './model';

/** Where the flow strings are read from. Repoint to content/strings once they are merged there. */
const STRINGS_DIR = fileURLToPath(new URL('../../../content/strings', import.meta.url));

const root = fileURLToPath(new URL('../../../', import.meta.url));
const sourceIds = new Set(
  (parse(readFileSync(join(root, 'content/sources.yaml'), 'utf8')) as { id: string }[]).map((s) => s.id),
);
const strings = Object.fromEntries(
  localeCodes.map((lang) => {
    const file = join(STRINGS_DIR, `${lang}.yaml`);
    return [lang, parseStrings(readFileSync(file, 'utf8'), file)];
  }),
);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const all = scenarioIds.map((id) => scenarios[id]);

describe.each(all)('scenario $id', (scenario) => {
  it('is filed under its own id, with known, distinct actors', () => {
    expect(scenarios[scenario.id]).toBe(scenario);
    expect(new Set(scenario.actors).size).toBe(scenario.actors.length);
    for (const actor of scenario.actors) expect(actorIds).toContain(actor);
    expect(scenario.actors).toContain('person');
  });

  it('has 5 to 9 steps with unique kebab-case ids', () => {
    expect(scenario.steps.length).toBeGreaterThanOrEqual(5);
    expect(scenario.steps.length).toBeLessThanOrEqual(9);
    const ids = scenario.steps.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('uses every actor it lists', () => {
    const used = new Set(scenario.steps.flatMap((s) => [s.from, s.to]));
    expect([...used].sort()).toEqual([...scenario.actors].sort());
  });

  it.each(scenario.steps)('step $id moves 1–3 known items between two of its actors', (step) => {
    expect(scenario.actors).toContain(step.from);
    expect(scenario.actors).toContain(step.to);
    expect(step.from).not.toBe(step.to);
    expect(step.items.length).toBeGreaterThanOrEqual(1);
    expect(step.items.length).toBeLessThanOrEqual(3);
    expect(new Set(step.items).size).toBe(step.items.length);
    for (const item of step.items) expect(itemIds).toContain(item);
  });

  it.each(scenario.steps)('step $id cites at least one known source, each once', (step) => {
    expect(step.sources.length).toBeGreaterThanOrEqual(1);
    expect(new Set(step.sources).size).toBe(step.sources.length);
    for (const id of step.sources) expect(sourceIds, `unknown source "${id}"`).toContain(id);
  });
});

describe('strings', () => {
  const keys = requiredKeys();
  const en = strings[referenceLocale] ?? {};

  it('are required once each', () => {
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('cover each field of a step, with basis only where a source gives one', () => {
    for (const { id, steps } of all) {
      for (const step of steps) {
        expect(keys).toContain(stepKey(id, step.id, 'kept'));
        expect(keys.includes(stepKey(id, step.id, 'basis'))).toBe(step.legalBasis);
      }
    }
  });

  it('in en have no flow key the model does not need', () => {
    expect(Object.keys(en).filter((k) => k.startsWith('flow.') && !keys.includes(k))).toEqual([]);
  });

  describe.each(localeCodes)('%s', (lang) => {
    const own = strings[lang] ?? {};

    it('has every key the model needs', () => {
      expect(keys.filter((k) => !(k in own))).toEqual([]);
    });

    it('has no flow key that en lacks', () => {
      expect(Object.keys(own).filter((k) => k.startsWith('flow.') && !(k in en))).toEqual([]);
    });

    it('keeps the placeholders of every English string', () => {
      for (const key of keys) {
        expect(placeholders(own[key] ?? ''), `${lang}: ${key}`).toEqual(placeholders(en[key] ?? ''));
      }
    });
  });
});

describe('holdings', () => {
  const sim = scenarios.sim;
  const sent = ['faceImage', 'idNumber', 'livenessVideo']; // what the sim gate passes on in step 2
  const setOf = (map: Map<string, Set<string>>, actor: string) => [...(map.get(actor) ?? [])].sort();

  it.each(all)('before any step, in $id, only the person holds anything: their own items', (scenario) => {
    const held = holdings(scenario, -1);
    expect([...held.keys()]).toEqual([...scenario.actors]);
    const own = new Set(scenario.steps.filter((s) => s.from === 'person').flatMap((s) => s.items));
    expect(setOf(held, 'person')).toEqual([...own].sort());
    for (const actor of scenario.actors.filter((a) => a !== 'person')) expect(setOf(held, actor)).toEqual([]);
  });

  it.each(all)('after the last step, in $id, every receiver holds what it received', (scenario) => {
    const held = holdings(scenario, scenario.steps.length - 1);
    for (const step of scenario.steps) {
      for (const item of step.items) expect(held.get(step.to)?.has(item), `${step.id}: ${item}`).toBe(true);
    }
    expect(holdings(scenario, 999)).toEqual(held);
  });

  it.each([
    { upTo: -1, gate: [], operator: [] },
    { upTo: 0, gate: ['idNumber'], operator: [] },
    { upTo: 2, gate: [...sent], operator: [...sent] },
    { upTo: 3, gate: [...sent, 'matchResult'], operator: [...sent] },
  ])('in sim after step $upTo: gate $gate, operator $operator', ({ upTo, gate, operator }) => {
    const held = holdings(sim, upTo);
    expect(setOf(held, 'gate')).toEqual(gate);
    expect(setOf(held, 'operator')).toEqual(operator);
    expect(setOf(held, 'person')).toEqual(['faceImage', 'idNumber', 'livenessVideo', 'phoneNumber']);
  });

  it('treats anything below -1 or not a number as before any step', () => {
    expect(holdings(sim, -5)).toEqual(holdings(sim, -1));
    expect(holdings(sim, Number.NaN)).toEqual(holdings(sim, -1));
  });
});

describe('scenarioItems', () => {
  it.each(all)('lists the items of $id once each, in itemIds order', (scenario) => {
    const items = scenarioItems(scenario);
    expect(items).toEqual(itemIds.filter((i) => scenario.steps.some((s) => s.items.includes(i))));
    expect(items.length).toBeGreaterThan(0);
  });

  it('gives the rows of the metro table', () => {
    const rows = ['faceImage', 'idNumber', 'timePlace', 'matchResult', 'paymentToken'];
    expect(scenarioItems(scenarios.metro)).toEqual(rows);
  });
});

describe('step navigation', () => {
  const last = (id: FlowState['scenario']) => scenarios[id].steps.length - 1;

  it.each([
    { step: 0, want: 0 }, { step: 3, want: 3 }, { step: -1, want: -1 }, { step: -5, want: -1 }, { step: 99, want: 5 },
    { step: 2.7, want: 2 }, { step: Number.NaN, want: -1 }, { step: Number.POSITIVE_INFINITY, want: -1 },
  ])('clampStep(sim, $step) is $want', ({ step, want }) => {
    expect(clampStep(scenarios.sim, step)).toBe(want);
  });

  it.each(scenarioIds)('in %s, next stops at the last step and previous at the overview', (scenario) => {
    const end = last(scenario);
    expect(next({ scenario, step: overview })).toEqual({ scenario, step: 0 });
    expect(next({ scenario, step: 0 })).toEqual({ scenario, step: 1 });
    expect(next({ scenario, step: end })).toEqual({ scenario, step: end });
    expect(previous({ scenario, step: end })).toEqual({ scenario, step: end - 1 });
    expect(previous({ scenario, step: 0 })).toEqual({ scenario, step: overview });
    expect(previous({ scenario, step: overview })).toEqual({ scenario, step: overview });
    expect(isLast({ scenario, step: overview })).toBe(false);
    expect(isLast({ scenario, step: end })).toBe(true);
    expect(isLast({ scenario, step: end - 1 })).toBe(false);
    expect(isLast({ scenario, step: 0 })).toBe(false);
  });
});

describe('URL parameters', () => {
  const encode = encodeURIComponent;
  const parsed = (query: string, fallback?: FlowState['scenario']) =>
    parseFlowParams(new URLSearchParams(query), fallback);

  it.each([
    { query: 'scenario=sim&step=3', state: { scenario: 'sim', step: 2 }, problems: [] },
    { query: 'scenario=street&step=6', state: { scenario: 'street', step: 5 }, problems: [] },
    { query: 'scenario=metro', state: { scenario: 'metro', step: -1 }, problems: [] },
    { query: '', state: { scenario: defaultScenario, step: -1 }, problems: [] },
    { query: 'scenario=&step=', state: { scenario: defaultScenario, step: -1 }, problems: [] },
    { query: 'scenario=mars&step=2', state: { scenario: defaultScenario, step: 1 }, problems: ['unknown-scenario'] },
    { query: 'scenario=SIM', state: { scenario: defaultScenario, step: -1 }, problems: ['unknown-scenario'] },
    { query: 'scenario=sim&step=0', state: { scenario: 'sim', step: -1 }, problems: ['bad-step'] },
    { query: 'scenario=sim&step=-2', state: { scenario: 'sim', step: -1 }, problems: ['bad-step'] },
    { query: 'scenario=sim&step=two', state: { scenario: 'sim', step: -1 }, problems: ['bad-step'] },
    { query: 'scenario=sim&step=2.5', state: { scenario: 'sim', step: -1 }, problems: ['bad-step'] },
    { query: 'scenario=sim&step=7', state: { scenario: 'sim', step: -1 }, problems: ['bad-step'] },
    { query: 'scenario=sim&step=99999999999999999999', state: { scenario: 'sim', step: -1 }, problems: ['bad-step'] },
    { query: 'scenario=sim&step=%203', state: { scenario: 'sim', step: -1 }, problems: ['bad-step'] },
    {
      query: `scenario=${encode('<script>alert(1)</script>')}&step=${encode('<script>')}`,
      state: { scenario: defaultScenario, step: -1 },
      problems: ['unknown-scenario', 'bad-step'],
    },
  ])('?$query', ({ query, state, problems }) => {
    expect(parsed(query)).toEqual({ state, problems });
  });

  it('falls back to the given scenario and checks the step against it', () => {
    expect(parsed('scenario=nope&step=7', 'residence')).toEqual({
      state: { scenario: 'residence', step: 6 },
      problems: ['unknown-scenario'],
    });
    expect(parsed('step=7', 'metro')).toEqual({ state: { scenario: 'metro', step: -1 }, problems: ['bad-step'] });
  });

  it('never puts the raw input into its result', () => {
    const result = JSON.stringify(parsed('scenario=%3Cscript%3E&step=%3Cimg%20src%3Dx%3E'));
    expect(result).not.toMatch(/script|img|</);
  });

  it.each([
    { state: { scenario: 'sim', step: 3 }, query: 'scenario=sim&step=4' },
    { state: { scenario: 'payment', step: 0 }, query: 'scenario=payment&step=1' },
    { state: { scenario: 'metro', step: 42 }, query: 'scenario=metro&step=5' },
    { state: { scenario: 'street', step: overview }, query: 'scenario=street' },
  ] as const)('flowParams($state) is $query', ({ state, query }) => {
    expect(flowParams(state)).toBe(query);
  });

  const everyState = scenarioIds.flatMap((scenario) => [overview, ...scenarios[scenario].steps.keys()].map((step) => ({ scenario, step })));
  it.each(everyState)('round-trips $scenario step $step', (state) => {
    expect(parsed(flowParams(state))).toEqual({ state, problems: [] });
  });
});
