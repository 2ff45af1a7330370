import type { APIRoute } from 'astro';
import { localeCodes, type LocaleCode } from '../../../../i18n/locales';
import { scenarioData } from '../../../../widgets/flow/data';
import { scenarioIds, type ScenarioId } from '../../../../widgets/flow/model';

/** One scenario's texts and source labels, fetched by the flow widget when a reader switches to it. */
export function getStaticPaths() {
  return localeCodes.flatMap((lang) => scenarioIds.map((scenario) => ({ params: { lang, scenario } })));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await scenarioData(params.lang as LocaleCode, params.scenario as ScenarioId)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
