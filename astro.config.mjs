// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { locales, referenceLocale } from './src/i18n/locales.ts';

export default defineConfig({
  // Where the site is deployed; canonical, hreflang and sitemap URLs are built from it.
  site: process.env.SITE_URL ?? 'https://face-flows.example',
  output: 'static',
  // Tests that build a broken copy of the content write elsewhere, so dist/ stays intact.
  outDir: process.env.FACE_FLOWS_OUT ?? './dist',
  cacheDir: process.env.FACE_FLOWS_CACHE ?? './node_modules/.astro',
  trailingSlash: 'always',
  // CSS inline in every page: the largest article is 20 006 B gzip with it, against
  // 16 256 + 3 956 B in two stylesheet requests with 'never' (20 303 B with 'auto'), and
  // nothing to wait for before first paint. Measured with tests/checks/budgets.check.ts.
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  i18n: {
    locales: locales.map((l) => l.code),
    defaultLocale: referenceLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    svelte(),
    sitemap({
      i18n: {
        defaultLocale: referenceLocale,
        locales: Object.fromEntries(locales.map((l) => [l.code, l.lang])),
      },
    }),
  ],
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      // Astro still adds the hashes of its own scripts; Pagefind's search runs WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  devToolbar: { enabled: false },
});
