/**
 * The flow widget's model: who sends which face data to whom, step by step, in each
 * scenario, and the pure state transitions of stepping through it. Language-neutral:
 * every visible word comes from the string files under the keys built below.
 * Facts: ../../../../shared/fact-sheet.md; source ids: content/sources.yaml.
 */

export const actorIds = ['person', 'gate', 'vendor', 'operator', 'payment', 'authorities'] as const;
export type ActorId = (typeof actorIds)[number];
export const itemIds = ['faceImage', 'livenessVideo', 'faceTemplate', 'idNumber', 'phoneNumber',
  'timePlace', 'matchResult', 'paymentToken', 'entryLog', 'occupancy'] as const;
export type ItemId = (typeof itemIds)[number];
export const scenarioIds = ['payment', 'metro', 'sim', 'residence', 'station', 'street'] as const;
export type ScenarioId = (typeof scenarioIds)[number];
export const defaultScenario: ScenarioId = 'payment';

export interface FlowStep {
  /** kebab-case, unique within its scenario; also the string key segment */
  id: string;
  from: ActorId;
  to: ActorId;
  /** 1–3 data items that move in this step */
  items: readonly ItemId[];
  /** does a source say how long it is kept? */
  retention: 'stated' | 'not-public';
  /** true when a source names a rule or law for this step (text under the `basis` key) */
  legalBasis: boolean;
  /** described by a cited source, or the typical design of such systems (worded so) */
  evidence: 'documented' | 'typical';
  /** ids in content/sources.yaml; a 'typical' step cites what it generalises from */
  sources: readonly string[];
}
export interface Scenario { id: ScenarioId; actors: readonly ActorId[]; steps: readonly FlowStep[] }

// No source read states a retention period for any step, hence 'not-public' throughout.
const np = 'not-public';

export const scenarios: Record<ScenarioId, Scenario> = {
  payment: {
    id: 'payment',
    actors: ['person', 'gate', 'operator', 'payment', 'authorities'],
    steps: [
      { id: 'enrol', from: 'person', to: 'payment', items: ['faceImage'],
        evidence: 'documented', legalBasis: true, retention: np,
        sources: ['nikkei-2019-face-payment', 'yicai-2017-smile-to-pay', 'bjnews-2020-payment-convention'] },
      { id: 'till', from: 'person', to: 'gate', items: ['faceImage', 'phoneNumber'],
        evidence: 'documented', legalBasis: true, retention: np,
        sources: [
          'yicai-2017-smile-to-pay',
          'finextra-2017-kfc',
          'equalocean-2019-dragonfly',
          'bjnews-2020-payment-convention',
        ] },
      { id: 'match', from: 'gate', to: 'payment', items: ['faceImage', 'phoneNumber'],
        evidence: 'typical', legalBasis: false, retention: np,
        sources: ['yicai-2017-smile-to-pay', 'bjnews-2020-payment-convention'] },
      { id: 'confirm', from: 'payment', to: 'operator', items: ['paymentToken'],
        evidence: 'typical', legalBasis: true, retention: np,
        sources: ['bjnews-2020-payment-convention'] },
      { id: 'atm', from: 'person', to: 'gate', items: ['faceImage', 'phoneNumber', 'idNumber'],
        evidence: 'documented', legalBasis: false, retention: np,
        sources: ['peoplesdaily-2017-ccb-atm'] },
      { id: 'atm-check', from: 'payment', to: 'authorities', items: ['faceImage'],
        evidence: 'documented', legalBasis: false, retention: np,
        sources: ['cgtn-2017-atm'] },
    ],
  },
  metro: {
    id: 'metro',
    actors: ['person', 'gate', 'operator', 'payment'],
    steps: [
      { id: 'register', from: 'person', to: 'operator', items: ['faceImage', 'idNumber', 'paymentToken'],
        evidence: 'documented', legalBasis: false, retention: np,
        sources: ['lifeofgz-2019-metro', 'scmp-2018-subway'] },
      { id: 'scan', from: 'person', to: 'gate', items: ['faceImage'],
        evidence: 'documented', legalBasis: false, retention: np,
        sources: ['lifeofgz-2019-metro', 'xinhua-2019-gz-subway'] },
      { id: 'match', from: 'gate', to: 'operator', items: ['faceImage', 'timePlace'],
        evidence: 'typical', legalBasis: false, retention: np,
        sources: ['lifeofgz-2019-metro'] },
      { id: 'open', from: 'operator', to: 'gate', items: ['matchResult'],
        evidence: 'typical', legalBasis: false, retention: np,
        sources: ['lifeofgz-2019-metro'] },
      { id: 'fare', from: 'operator', to: 'payment', items: ['paymentToken'],
        evidence: 'documented', legalBasis: false, retention: np,
        sources: ['lifeofgz-2019-metro'] },
    ],
  },
  sim: {
    id: 'sim',
    actors: ['person', 'gate', 'operator'],
    steps: [
      { id: 'id-card', from: 'person', to: 'gate', items: ['idNumber'],
        evidence: 'documented', legalBasis: true, retention: np,
        sources: ['bbc-2019-face-scans', 'xinhua-2013-phone-registration', 'cybersecurity-law-2017'] },
      { id: 'live-face', from: 'person', to: 'gate', items: ['faceImage', 'livenessVideo'],
        evidence: 'documented', legalBasis: true, retention: np,
        sources: [
          'afp-2019-face-scans',
          'miit-2019-portrait-matching',
          'bbc-2019-face-scans',
          'assembly-2019-sim',
        ] },
      { id: 'compare', from: 'gate', to: 'operator', items: ['idNumber', 'faceImage', 'livenessVideo'],
        evidence: 'typical', legalBasis: false, retention: np,
        sources: ['miit-2019-portrait-matching', 'bbc-2019-face-scans', 'bitterwinter-2019-face-scans'] },
      { id: 'result', from: 'operator', to: 'gate', items: ['matchResult'],
        evidence: 'documented', legalBasis: true, retention: np,
        sources: ['miit-2019-portrait-matching'] },
      { id: 'sign-up', from: 'person', to: 'operator', items: ['phoneNumber', 'idNumber'],
        evidence: 'documented', legalBasis: true, retention: np,
        sources: [
          'miit-2019-portrait-matching',
          'afp-2019-face-scans',
          'xinhua-2013-phone-registration',
          'seed-shanghaibang-2019',
          'cnn-2019-new-numbers',
        ] },
      { id: 'lookup', from: 'person', to: 'operator', items: ['idNumber'],
        evidence: 'documented', legalBasis: false, retention: np,
        sources: ['seed-shanghaibang-2019', 'miit-2019-portrait-matching'] },
    ],
  },
  residence: {
    id: 'residence',
    actors: ['person', 'gate', 'vendor', 'operator', 'authorities'],
    steps: [
      { id: 'enrol', from: 'person', to: 'operator', items: ['faceImage', 'idNumber', 'phoneNumber'],
        evidence: 'documented', legalBasis: true, retention: np,
        sources: [
          'chinanews-2020-residents-resist',
          'bjnews-2021-community-privacy',
          'spc-2021-face-provisions',
        ] },
      { id: 'upload', from: 'operator', to: 'vendor', items: ['faceImage', 'idNumber'],
        evidence: 'typical', legalBasis: true, retention: np,
        sources: [
          'yicai-2020-how-into-compounds',
          'chinanews-2020-residents-resist',
          'cac-2025-face-measures',
        ] },
      { id: 'pass', from: 'person', to: 'gate', items: ['faceImage'],
        evidence: 'documented', legalBasis: true, retention: np,
        sources: ['seed-estima-2019', 'bjnews-2021-community-privacy', 'spc-2021-face-provisions'] },
      { id: 'log', from: 'gate', to: 'vendor', items: ['entryLog', 'timePlace'],
        evidence: 'typical', legalBasis: false, retention: np,
        sources: ['dbw-2017-taipingqiao', 'ekkosec-2020-shenyang'] },
      { id: 'dashboard', from: 'vendor', to: 'operator', items: ['entryLog', 'occupancy'],
        evidence: 'documented', legalBasis: false, retention: np,
        sources: [
          'bjyouth-2018-public-rental',
          'bjdaily-2020-public-rental-cloud',
          'seed-estima-2019',
          'chinanews-2020-residents-resist',
        ] },
      { id: 'police', from: 'operator', to: 'authorities', items: ['entryLog'],
        evidence: 'documented', legalBasis: false, retention: np,
        sources: ['dbw-2017-taipingqiao', 'ekkosec-2020-shenyang'] },
      { id: 'alert', from: 'vendor', to: 'authorities', items: ['occupancy'],
        evidence: 'documented', legalBasis: false, retention: np,
        sources: ['henan-business-zhengzhou-compound'] },
    ],
  },
  station: {
    id: 'station',
    actors: ['person', 'gate', 'operator', 'vendor', 'authorities'],
    steps: [
      { id: 'gate-check', from: 'person', to: 'gate', items: ['idNumber', 'faceImage'],
        evidence: 'documented', legalBasis: false, retention: np,
        sources: [
          'ecns-2017-station-face',
          'chinadaily-2016-train-gates',
          'sputnik-2017-train-face',
          'seed-estima-2019',
        ] },
      { id: 'staff-check', from: 'gate', to: 'operator', items: ['matchResult'],
        evidence: 'documented', legalBasis: false, retention: np,
        sources: ['ecns-2017-station-face', 'seed-estima-2019'] },
      { id: 'hotel-desk', from: 'person', to: 'operator', items: ['idNumber', 'faceImage'],
        evidence: 'documented', legalBasis: true, retention: np,
        sources: ['jinan-2017-hotels', 'legaldaily-2016-hotel-face', 'rfa-2024-hotel-scans'] },
      { id: 'police-register', from: 'operator', to: 'authorities',
        items: ['idNumber', 'faceImage', 'timePlace'],
        evidence: 'documented', legalBasis: false, retention: np,
        sources: ['jinan-2017-hotels', 'legaldaily-2016-hotel-face', 'patent-cn104899802a'] },
      { id: 'contractor', from: 'operator', to: 'vendor', items: ['idNumber', 'timePlace'],
        evidence: 'documented', legalBasis: false, retention: np,
        sources: ['nyt-2019-surveillance-net'] },
    ],
  },
  street: {
    id: 'street',
    actors: ['person', 'gate', 'vendor', 'authorities'],
    steps: [
      { id: 'capture', from: 'person', to: 'gate', items: ['faceImage', 'timePlace'],
        evidence: 'documented', legalBasis: true, retention: np,
        sources: [
          'xinhua-2015-video-surveillance',
          'bbc-2017-guiyang-cctv',
          'cnn-2020-door-cameras',
          'pipl-2021',
        ] },
      { id: 'network', from: 'gate', to: 'authorities', items: ['faceImage', 'timePlace'],
        evidence: 'documented', legalBasis: false, retention: np,
        sources: ['nyt-2019-surveillance-net', 'xueliang-sharp-eyes', 'xinhua-2015-video-surveillance'] },
      { id: 'watchlist', from: 'authorities', to: 'vendor', items: ['faceTemplate', 'idNumber'],
        evidence: 'typical', legalBasis: false, retention: np,
        sources: ['scmp-2018-jacky-cheung', 'nyt-2019-500000-scans'] },
      { id: 'hit', from: 'vendor', to: 'authorities', items: ['matchResult', 'timePlace'],
        evidence: 'documented', legalBasis: false, retention: np,
        sources: ['scmp-2018-jacky-cheung', 'bbc-2019-face-scans', 'bbc-2017-guiyang-cctv'] },
      { id: 'profiling', from: 'vendor', to: 'authorities', items: ['matchResult', 'timePlace'],
        evidence: 'documented', legalBasis: false, retention: np,
        sources: ['nyt-2019-500000-scans'] },
      { id: 'contractors', from: 'authorities', to: 'vendor', items: ['faceImage', 'idNumber'],
        evidence: 'documented', legalBasis: false, retention: np,
        sources: ['nyt-2019-surveillance-net'] },
    ],
  },
};

export function isScenarioId(value: unknown): value is ScenarioId {
  return typeof value === 'string' && (scenarioIds as readonly string[]).includes(value);
}

/**
 * Who holds what after step `upTo` (0-based, inclusive; -1 = before any step; larger
 * values count as the last step). Every actor of the scenario has an entry, in the
 * scenario's actor order. The person holds, from the start, every item that originates
 * with them (any item of a step sent by the person); the receiver of each step up to
 * `upTo` holds that step's items.
 */
export function holdings(scenario: Scenario, upTo: number): Map<ActorId, Set<ItemId>> {
  const held = new Map<ActorId, Set<ItemId>>(scenario.actors.map((a) => [a, new Set<ItemId>()]));
  const add = (actor: ActorId, items: readonly ItemId[]) => {
    const set = held.get(actor) ?? new Set<ItemId>();
    for (const item of items) set.add(item);
    held.set(actor, set);
  };
  for (const step of scenario.steps) if (step.from === 'person') add('person', step.items);
  const lastIndex = scenario.steps.length - 1;
  const last = Number.isFinite(upTo) ? Math.max(-1, Math.min(Math.floor(upTo), lastIndex)) : -1;
  for (const step of scenario.steps.slice(0, last + 1)) add(step.to, step.items);
  return held;
}

/** Items appearing anywhere in the scenario, in itemIds order (rows of the table). */
export function scenarioItems(scenario: Scenario): ItemId[] {
  return itemIds.filter((item) => scenario.steps.some((step) => step.items.includes(item)));
}

// ——— String keys ———

export type StepField = 'title' | 'purpose' | 'kept' | 'basis';
export function stepKey(scenarioId: ScenarioId, stepId: string, field: StepField): string {
  return `flow.step.${scenarioId}.${stepId}.${field}`;
}
export const actorKey = (actor: ActorId) => `flow.actor.${actor}`;
export const itemKey = (item: ItemId) => `flow.item.${item}`;
export const scenarioKey = (scenarioId: ScenarioId, field: 'name' | 'summary') =>
  `flow.scenario.${scenarioId}.${field}`;
/** Who an actor concretely is in one scenario, e.g. the carrier's outlet for `sim`/`operator`. */
export const scenarioActorKey = (scenarioId: ScenarioId, actor: ActorId) =>
  `flow.scenario.${scenarioId}.actor.${actor}`;

/** The widget's control and label strings (flow.ui.*). Lists are joined with Intl.ListFormat. */
export const uiKeys = ['scenarioLabel', 'previous', 'next', 'play', 'pause', 'stepList', 'stepOf',
  'detailWhat', 'detailWhy', 'detailKept', 'detailBasis', 'detailSources', 'documented', 'typical',
  'stated', 'notPublic', 'noBasis', 'holdsTitle', 'holdsCaption', 'holdsItem', 'holdsYes', 'holdsNo',
  'diagramTitle', 'diagramDesc', 'unknownScenario', 'badStep', 'illustrative', 'from', 'to', 'items',
  'overview', 'overviewStatus', 'legend', 'current'] as const;
export const uiKey = (name: (typeof uiKeys)[number]) => `flow.ui.${name}`;

/** Every string key the widget needs, for the completeness test and for slicing strings. */
export function requiredKeys(): string[] {
  const keys = [...actorIds.map(actorKey), ...itemIds.map(itemKey), ...uiKeys.map(uiKey)];
  for (const id of scenarioIds) {
    const { actors, steps } = scenarios[id];
    keys.push(scenarioKey(id, 'name'), scenarioKey(id, 'summary'));
    keys.push(...actors.map((a) => scenarioActorKey(id, a)));
    for (const step of steps) {
      const fields: StepField[] = ['title', 'purpose', 'kept', ...(step.legalBasis ? ['basis' as const] : [])];
      keys.push(...fields.map((f) => stepKey(id, step.id, f)));
    }
  }
  return keys;
}

// ——— Step navigation (pure) ———

/** `step` is a 0-based index, or `overview` (-1): every step at once, before stepping through. */
export interface FlowState { scenario: ScenarioId; step: number }
export const overview = -1;

/** A whole step index within the scenario; anything not a finite number becomes 0. */
export function clampStep(s: Scenario, step: number): number {
  if (!Number.isFinite(step)) return overview;
  return Math.max(overview, Math.min(Math.trunc(step), s.steps.length - 1));
}
const stepCount = (state: FlowState) => scenarios[state.scenario].steps.length;

export function next(state: FlowState): FlowState {
  return { scenario: state.scenario, step: clampStep(scenarios[state.scenario], state.step + 1) };
}
export function previous(state: FlowState): FlowState {
  return { scenario: state.scenario, step: clampStep(scenarios[state.scenario], state.step - 1) };
}
export function isLast(state: FlowState): boolean {
  return clampStep(scenarios[state.scenario], state.step) === stepCount(state) - 1;
}

// ——— URL state: ?scenario=sim&step=3 (step is 1-based in the URL) ———

export type FlowParamProblem = 'unknown-scenario' | 'bad-step';
export interface ParsedFlowParams { state: FlowState; problems: FlowParamProblem[] }

/**
 * Reads the widget's state from a query string. A missing or empty value means the
 * default (no problem). An unknown scenario falls back to `fallback`; a step that is
 * not a whole number within the scenario falls back to the first step. Problems are
 * reported by code only, so the view never shows the raw input.
 */
export function parseFlowParams(
  params: URLSearchParams,
  fallback: ScenarioId = defaultScenario,
): ParsedFlowParams {
  const problems: FlowParamProblem[] = [];
  const rawScenario = params.get('scenario') ?? '';
  let scenario = fallback;
  if (isScenarioId(rawScenario)) scenario = rawScenario;
  else if (rawScenario !== '') problems.push('unknown-scenario');

  const rawStep = params.get('step') ?? '';
  let step = overview;
  if (rawStep !== '') {
    const n = /^[0-9]{1,3}$/.test(rawStep) ? Number(rawStep) : NaN;
    if (n >= 1 && n <= scenarios[scenario].steps.length) step = n - 1;
    else problems.push('bad-step');
  }
  return { state: { scenario, step }, problems };
}

/** The query string for a state, step 1-based: 'scenario=sim&step=4'. */
export function flowParams(state: FlowState): string {
  const step = clampStep(scenarios[state.scenario], state.step);
  const params = new URLSearchParams({ scenario: state.scenario });
  if (step !== overview) params.set('step', String(step + 1));
  return params.toString();
}
