// Counts one view of this article after the page has loaded: a first-party POST, no cookies read or
// set, nothing that identifies the reader. Pages without JavaScript are simply not counted.
(function () {
  "use strict";
  var script = document.currentScript;
  var url = script && script.getAttribute("data-view-url");
  var id = script && script.getAttribute("data-article-id");
  if (!url || !id) {
    return;
  }
  var body = "id=" + encodeURIComponent(id);

  function send() {
    if (navigator.sendBeacon && navigator.sendBeacon(url, new Blob([body], { type: "text/plain" }))) {
      return;
    }
    if (window.fetch) {
      fetch(url, {
        method: "POST",
        body: body,
        keepalive: true,
        credentials: "omit",
        headers: { "Content-Type": "text/plain" }
      }).catch(function () {});
    }
  }

  function afterLoad() {
    if (document.readyState === "complete") {
      send();
    } else {
      window.addEventListener("load", send, { once: true });
    }
  }

  // A page prerendered in the background is counted only if the reader actually opens it.
  if (document.prerendering) {
    document.addEventListener("prerenderingchange", afterLoad, { once: true });
  } else {
    afterLoad();
  }
})();
