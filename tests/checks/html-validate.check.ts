// html-validate (config in .htmlvalidate.json) on every built page: no errors.
import { readFileSync } from 'node:fs';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { loadPages } from './site.ts';

// The project's config, whichever folder the build was written to.
const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;
const validator = new HtmlValidate(new StaticConfigLoader({ ...config, root: true }));

describe('html-validate', () => {
  it('finds no errors on any built page', async () => {
    const pages = loadPages();
    const errors: string[] = [];
    let warnings = 0;
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity === 2) {
            errors.push(`${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message} [${(message.selector ?? '').slice(0, 80)}]`);
          } else warnings++;
        }
      }
    }
    console.log(`html-validate: ${pages.length} pages, ${errors.length} errors, ${warnings} warnings`);
    expect(errors).toEqual([]);
  });
});
