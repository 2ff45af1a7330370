/**
 * What the flow island needs from the server, in the smallest form: the shared labels,
 * and the texts and source labels of one scenario. Other scenarios' data is fetched
 * from /{lang}/embed/flow/{scenario}.json when the reader switches to them.
 */
import { getCollection } from 'astro:content';
import { getLocale, type LocaleCode } from '../../i18n/locales';
import { href } from '../../i18n/routing';
import { stringSlice, translator } from '../../i18n/strings';
import { scenarioIds, scenarios, type ScenarioId } from './model';

export interface ScenarioData {
  /** Whether the step details (purpose, kept, basis, sources) are included, or only the titles. */
  details: boolean;
  strings: Record<string, string>;
  /** Source id → short label ("BBC News, 2019"; publishers are named in English) for its citations. */
  sources: Record<string, string>;
}

export interface FlowProps {
  lang: string;
  scenario: ScenarioId;
  common: Record<string, string>;
  data: ScenarioData;
  sourcesHref: string;
  dataHref: string;
  syncUrl: boolean;
  /** On an embed page: report the page's height to the framing page (see public/embed.js). */
  embedded: boolean;
}

/** UI words needed only once a step is shown: they travel with the step details. */
const stepUiKeys = ['detailWhat', 'detailWhy', 'detailKept', 'detailBasis', 'detailSources', 'stated', 'notPublic',
  'noBasis', 'from', 'to', 'diagramDesc', 'stepOf'].map((k) => `flow.ui.${k}`);

function shortPublisher(publisher: string): string {
  return publisher.split(/ \(|, | via /)[0] ?? publisher;
}

export async function scenarioData(lang: LocaleCode, scenario: ScenarioId, details = true): Promise<ScenarioData> {
  const steps = Object.entries(stringSlice(lang, `flow.step.${scenario}.`)).filter(
    ([key]) => details || key.endsWith('.title'),
  );
  const strings = { ...stringSlice(lang, `flow.scenario.${scenario}.`), ...Object.fromEntries(steps) };
  if (!details) return { details, strings, sources: {} };
  const ui = stringSlice(lang, 'flow.ui.');
  for (const key of stepUiKeys) strings[key] = ui[key]!;
  const ids = new Set(scenarios[scenario].steps.flatMap((s) => s.sources));
  const sources = Object.fromEntries(
    (await getCollection('sources'))
      .filter((s) => ids.has(s.id))
      .map((s) => [s.id, [shortPublisher(s.data.publisher), s.data.date?.slice(0, 4)].filter(Boolean).join(', ')]),
  );
  return { details, strings, sources };
}

/**
 * `details: false` leaves the step details out of the page (they load when the reader
 * steps in): an article already tells the steps in its prose and must stay small.
 */
export async function flowProps(
  lang: LocaleCode,
  scenario: ScenarioId,
  { syncUrl, details, embedded = false }: { syncUrl: boolean; details: boolean; embedded?: boolean },
): Promise<FlowProps> {
  const t = translator(lang);
  const common = {
    ...stringSlice(lang, 'flow.actor.'),
    ...stringSlice(lang, 'flow.item.'),
    ...Object.fromEntries(Object.entries(stringSlice(lang, 'flow.ui.')).filter(([key]) => !stepUiKeys.includes(key))),
    ...Object.fromEntries(scenarioIds.map((id) => [`flow.scenario.${id}.name`, t(`flow.scenario.${id}.name`)])),
  };
  return {
    lang: getLocale(lang).lang,
    scenario,
    common,
    data: await scenarioData(lang, scenario, details),
    sourcesHref: href(lang, { page: 'sources' }),
    dataHref: href(lang, { page: 'embed', widget: 'flow' }),
    syncUrl,
    embedded,
  };
}
