import { describe, expect, it } from 'vitest';
import { pageType } from './page-types.ts';

describe('pageType', () => {
  it.each([
    ['/', 'chooser'],
    ['/404.html', 'not-found'],
    ['/ko/', 'home'],
    ['/zh/articles/sim-card/', 'article'],
    ['/de/embed/flow/', 'embed'],
    ['/en/teach/', 'teach'],
    ['/en/translate/', 'translate'],
    ['/ko/glossary/', 'glossary'],
    ['/de/search/', 'search'],
    ['/en/sources/', 'sources'],
    ['/en/about/', 'about'],
    ['/fr/', 'other'],
    ['/en/whatever/', 'other'],
  ])('%s is %s', (path, type) => {
    expect(pageType(path)).toBe(type);
  });
});
