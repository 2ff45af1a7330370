/**
 * An embed page tells the page that frames it how tall it is, so the host's /embed.js can
 * size the iframe. Only the height goes out; nothing else is sent to the unknown host.
 */
export const heightMessageType = 'face-flows:height';

export function reportHeight(): () => void {
  if (window.parent === window) return () => {};
  const send = () =>
    window.parent.postMessage(
      { type: heightMessageType, height: Math.ceil(document.documentElement.getBoundingClientRect().height) },
      '*',
    );
  // Once at once: a frame outside the host's viewport may be throttled and observe nothing yet.
  send();
  const observer = new ResizeObserver(send);
  observer.observe(document.documentElement);
  return () => observer.disconnect();
}
