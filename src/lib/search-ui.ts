/** The parts of Pagefind's default UI (written into dist/pagefind/ by `pagefind --site dist`) used here. */
interface PagefindUI {
  triggerSearch(term: string): void;
}

declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => PagefindUI;
  }
}

function load<T extends HTMLElement>(element: T, attach: (el: T) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', () => resolve(), { once: true });
    element.addEventListener('error', () => reject(new Error(`Could not load the search UI`)), { once: true });
    attach(element);
  });
}

/**
 * Loads Pagefind's UI into `root` (only on the search page, so other pages ship no search code)
 * and runs the query given in `?q=`. Pagefind picks the index and UI language from <html lang>.
 */
export async function startSearch(root: HTMLElement, bundlePath: string): Promise<void> {
  const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${bundlePath}pagefind-ui.css` });
  const js = Object.assign(document.createElement('script'), { src: `${bundlePath}pagefind-ui.js` });
  await Promise.all([load(css, (el) => document.head.append(el)), load(js, (el) => document.head.append(el))]);
  if (!window.PagefindUI) throw new Error('The search UI did not start');
  const ui = new window.PagefindUI({
    element: root,
    bundlePath,
    showImages: false,
    showSubResults: true,
    resetStyles: false,
  });
  const query = new URLSearchParams(location.search).get('q')?.trim();
  if (query) ui.triggerSearch(query);
}
