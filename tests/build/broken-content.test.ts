// A broken article must stop the build with a message that names the file and what is wrong.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

const work = mkdtempSync(join(tmpdir(), 'face-flows-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds a copy of content/ after `breakIt` changed it; returns the exit code and all output. */
function buildWith(name: string, breakIt: (dir: string) => void) {
  const dir = join(work, name);
  cpSync('content', dir, { recursive: true });
  breakIt(dir);
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      FACE_FLOWS_CONTENT: dir,
      FACE_FLOWS_OUT: join(work, `${name}-dist`),
      FACE_FLOWS_CACHE: join(work, `${name}-cache`),
      FORCE_COLOR: '0',
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, out: join(work, `${name}-dist`) };
}

function edit(file: string, change: (text: string) => string) {
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

type Glossary = Record<string, Record<string, string>>;

function editYaml(file: string, change: (data: Glossary) => void) {
  edit(file, (text) => {
    const data = parse(text) as Glossary;
    change(data);
    return stringify(data);
  });
}

describe('a broken article fails the build', () => {
  it('names the file and the field of bad frontmatter', () => {
    const { status, output } = buildWith('frontmatter', (dir) =>
      edit(join(dir, 'articles/sim-card/de.mdx'), (t) => t.replace(/^published: .*$/m, 'published: someday')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/sim-card\/de/);
    expect(output).toMatch(/published/);
  });

  it('names the file and an unknown frontmatter field', () => {
    const { status, output } = buildWith('extra-field', (dir) =>
      edit(join(dir, 'articles/sim-card/ko.mdx'), (t) => t.replace(/^title:/m, 'autor: x\ntitle:')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/sim-card\/ko/);
    expect(output).toMatch(/autor/);
  });

  it('names the file and the id of an unknown citation', () => {
    const { status, output } = buildWith('citation', (dir) =>
      edit(join(dir, 'articles/sim-card/zh.mdx'), (t) => `${t}\nEnd.<Cite id="no-such-source" />\n`),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/sim-card/zh.mdx: unknown citation id "no-such-source"');
  });
});

describe('glossary terms in articles', () => {
  it('link to their entry on the glossary page of the page language', () => {
    const { status, output, out } = buildWith('term-link', (dir) =>
      edit(join(dir, 'articles/face-payment/de.mdx'), (t) => `${t}\nZum Schluss: <Term id="face-payment">Bezahlen per Gesicht</Term>.\n`),
    );
    expect(status, output).toBe(0);
    const html = readFileSync(join(out, 'de/articles/face-payment/index.html'), 'utf8');
    expect(html).toContain('<a class="term" href="/de/glossary/#face-payment">Bezahlen per Gesicht</a>');
  });
});

describe('a broken glossary fails the build', () => {
  it('names the article file and an unknown <Term> id', () => {
    const { status, output } = buildWith('term', (dir) =>
      edit(join(dir, 'articles/metro-gates/ko.mdx'), (t) => `${t}\n끝. <Term id="no-such-term">없는 용어</Term>\n`),
    );
    expect(status).not.toBe(0);
    expect(output).toContain('content/articles/metro-gates/ko.mdx: unknown glossary id "no-such-term"');
  });

  it('names the glossary file, the id and the field of a bad entry', () => {
    const { status, output } = buildWith('glossary-field', (dir) =>
      editYaml(join(dir, 'glossary/de.yaml'), (g) => delete g.watchlist!.term),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/glossary\/de\.yaml: "watchlist" field "term"/);
  });
});

describe('a missing translation', () => {
  it('still builds the page in that language, with the English text and a notice', () => {
    const { status, output, out } = buildWith('fallback', (dir) => rmSync(join(dir, 'articles/sim-card/ko.mdx')));
    expect(status, output).toBe(0);
    const html = readFileSync(join(out, 'ko/articles/sim-card/index.html'), 'utf8');
    expect(html).toMatch(/<html lang="ko"/);
    expect(html).toContain('이 기사는 아직 한국어로 번역되지 않았습니다');
    expect(html).toMatch(/<article[^>]* lang="en"/);
    expect(html, 'an English stand-in stays out of the Korean search index').not.toContain('data-pagefind-body');
    expect(html).not.toMatch(/hreflang="ko"[^>]*href="[^"]*\/ko\/articles\/sim-card\//);
  });

  it('shows the English glossary entry, marked, where a language lacks it', () => {
    const { status, output, out } = buildWith('glossary-fallback', (dir) =>
      editYaml(join(dir, 'glossary/zh.yaml'), (g) => delete g.watchlist),
    );
    expect(status, output).toBe(0);
    expect(output).toMatch(/glossary\/zh\.yaml: no entry "watchlist"/);
    const html = readFileSync(join(out, 'zh/glossary/index.html'), 'utf8');
    expect(html).toMatch(/<dt id="watchlist" class="glossary__term" lang="en">watchlist<\/dt>/);
    expect(html).toContain('此条目尚无简体中文版本');
  });
});
