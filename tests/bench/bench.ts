// npm run bench: build time per page (the real site and generated corpora) and Lighthouse
// (mobile) on home, an article with a widget and the embed page in every language.
// Prints its figures; not part of npm test. Node runs this TypeScript directly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { locales } from '../../src/i18n/locales.ts';
import { table } from '../checks/table.ts';
import { serve } from '../support/static-host.ts';
import { copyProject, generateCorpus, setArticleOrder } from './corpus.ts';
import { linearFit } from './fit.ts';
import { audit, withChrome, type LighthouseResult } from './lighthouse.ts';

/** A port nobody listens on now (others' test servers come and go on this machine). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const port = Number(process.env.BENCH_PORT ?? (await freePort()));
const repeats = Number(process.env.BENCH_REPEAT ?? 3);
const origin = `http://localhost:${port}`;
const work = mkdtempSync(join(tmpdir(), 'face-flows-bench-'));

function htmlPages(dir: string): number {
  return readdirSync(dir).reduce((n, name) => {
    const path = join(dir, name);
    return n + (statSync(path).isDirectory() ? htmlPages(path) : name.endsWith('.html') ? 1 : 0);
  }, 0);
}

interface BuildTime {
  name: string;
  articles: number;
  pages: number;
  wallMs: number;
  renderMs: number;
}

/** A cold `astro build` (fresh cache) of a project copy into its dist/; wall time and Astro's own page time. */
function build(name: string, project: string): BuildTime {
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: project,
    encoding: 'utf8',
    env: {
      ...process.env,
      SITE_URL: origin,
      FACE_FLOWS_CONTENT: join(project, 'content'),
      FACE_FLOWS_OUT: join(project, 'dist'),
      // Its own, empty cache: node_modules is the real project's.
      FACE_FLOWS_CACHE: join(project, '.cache'),
      FORCE_COLOR: '0',
    },
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`astro build of ${name} failed:\n${result.stdout}\n${result.stderr}`);
  // Astro's own timing of the stage that renders the pages ("generating static routes … Completed in").
  const log = `${result.stdout}\n${result.stderr}`;
  const rendered = /generating static routes[\s\S]*?Completed in ([\d.]+)(m?s)/.exec(log);
  const renderMs = rendered ? Number(rendered[1]) * (rendered[2] === 's' ? 1000 : 1) : NaN;
  return { name, articles: readdirSync(join(project, 'content/articles')).length, pages: htmlPages(join(project, 'dist')), wallMs, renderMs };
}

/** A copy of the project with `count` articles (or the real content), ready to build. */
function project(name: string, count?: number): string {
  const dir = join(work, name);
  copyProject(resolve('.'), dir);
  if (count !== undefined) setArticleOrder(dir, generateCorpus(resolve('content'), join(dir, 'content'), count));
  return dir;
}

/** The fastest of `repeats` builds, each from an empty cache: the least disturbed by other work on the machine. */
function fastest(name: string, dir: string): BuildTime {
  const times = Array.from({ length: repeats }, () => {
    rmSync(join(dir, '.cache'), { recursive: true, force: true });
    return build(name, dir);
  });
  return times.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
}

function buildBenchmark(): { real: BuildTime; site: string } {
  console.log(`Load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (${cpus().length} cores); fastest of ${repeats} builds each`);
  const real = fastest('site', project('site'));
  const corpora = [25, 50].map((n) => fastest(`${n} articles`, project(`corpus-${n}`, n)));
  const runs = [real, ...corpora];
  const perPage = (ms: number, pages: number) => (ms / pages).toFixed(1);
  console.log(
    `\nBuild time (cold cache, ${locales.length} languages; wall = the whole \`astro build\` process, render = its "generating static routes" stage)\n` +
      table(
        ['content', 'articles', 'pages', 'wall s', 'wall ms/page', 'render ms/page'],
        runs.map((r) => [r.name, r.articles, r.pages, Number((r.wallMs / 1000).toFixed(1)), Number(perPage(r.wallMs, r.pages)), Number(perPage(r.renderMs, r.pages))]),
      ),
  );
  // Linear growth: time = fixed + pages × slope fits all sizes (least squares, R² near 1).
  for (const [label, ms] of [['wall', (r: BuildTime) => r.wallMs], ['render', (r: BuildTime) => r.renderMs]] as const) {
    const { slope, intercept, r2 } = linearFit(runs.map((r) => [r.pages, ms(r)]));
    console.log(
      `${label}: ${slope.toFixed(1)} ms per added page + ${(intercept / 1000).toFixed(1)} s fixed, R² ${r2.toFixed(3)}: ` +
        `${r2 >= 0.95 ? 'grows linearly' : 'not clearly linear'}; ms/page under 50 at every size: ${runs.every((r) => ms(r) / r.pages < 50) ? 'yes' : 'no'}, ` +
        `per added page: ${slope < 50 ? 'yes' : 'no'}`,
    );
  }
  return { real, site: join(work, 'site', 'dist') };
}

/** The first article whose page has an island, i.e. a widget. */
function articleWithWidget(site: string): string {
  const dir = join(site, 'en', 'articles');
  const slug = readdirSync(dir).find((s) => readFileSync(join(dir, s, 'index.html'), 'utf8').includes('<astro-island'));
  if (!slug) throw new Error('No article with a widget in the build');
  return slug;
}

async function lighthouseBenchmark(site: string) {
  const slug = articleWithWidget(site);
  const { server } = await serve(site, port);
  const results: LighthouseResult[] = [];
  try {
    await withChrome(async (chromePort) => {
      for (const { code } of locales) {
        for (const path of [`/${code}/`, `/${code}/articles/${slug}/`, `/${code}/embed/flow/`]) {
          results.push(await audit(`${origin}${path}`, chromePort));
          console.error(`lighthouse: ${path} done`);
        }
      }
    });
  } finally {
    server.close();
  }
  console.log(
    `\nLighthouse 13 (mobile, simulated throttling), site served gzipped with dist/_headers\n` +
      table(
        ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS'],
        results.map((r) => [new URL(r.url).pathname, r.scores.performance, r.scores.accessibility, r.scores['best-practices'], r.scores.seo, Math.round(r.lcp), Math.round(r.tbt), Number(r.cls.toFixed(3))]),
      ),
  );
  const all100 = results.every((r) => Object.values(r.scores).every((s) => s === 100));
  console.log(`Target 100 everywhere, TBT 0 ms, CLS 0: ${all100 && results.every((r) => r.tbt === 0 && r.cls === 0) ? 'met' : 'not met'}`);
  const lost = [...new Set(results.flatMap((r) => r.failing.map((f) => `${f} on ${new URL(r.url).pathname}`)))];
  if (lost.length) console.log(`Points lost:\n  ${lost.join('\n  ')}`);
}

try {
  const only = process.argv[2];
  const site = only === 'lighthouse' ? (build('site', project('site')), join(work, 'site', 'dist')) : buildBenchmark().site;
  if (only !== 'build') await lighthouseBenchmark(site);
} finally {
  rmSync(work, { recursive: true, force: true });
}
