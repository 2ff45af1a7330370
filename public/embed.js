// face-flows embeds: include this once on a page with face-flows iframes and each one grows to
// the height of its content. It trusts a message only from one of the page's own iframes
// (matched by event.source, whose origin is the iframe's, or "null" when sandboxed), reads only
// a number from it, and clamps it.
(function () {
  var MIN = 200;
  var MAX = 6000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'face-flows:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) continue;
      var origin = new URL(frame.src, location.href).origin;
      if (event.origin !== origin && event.origin !== 'null') return;
      frame.style.height = Math.min(Math.max(Math.ceil(data.height), MIN), MAX) + 'px';
      return;
    }
  });
})();
