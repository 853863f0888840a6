// verslag studio: keeps an event's report current. The server says over server-sent events
// when a render has finished; the page then fetches the new view (pages and problems), which
// the server made from escaped text only.
"use strict";
const view = document.getElementById("view");
if (view && view.dataset.live) {
  const live = new EventSource(view.dataset.live);
  let fetching = false;
  live.onmessage = async (e) => {
    if (e.data === view.dataset.generation || fetching) return;
    fetching = true;
    try {
      const r = await fetch(view.dataset.fragment, { credentials: "same-origin" });
      if (r.ok) {
        view.innerHTML = await r.text();
        view.dataset.generation = e.data;
      }
    } finally {
      fetching = false;
    }
    // A render that ended while this one was fetched: fetch once more.
    if (live.readyState === EventSource.OPEN && e.data !== view.dataset.generation) {
      live.onmessage(e);
    }
  };
}
