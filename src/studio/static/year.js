// verslag studio, a year's page: the events with their next step and each one's web article,
// the year's archive and its yearbook. Each button starts a run on the server; the page
// follows it until it ends. Every text goes in as text, never as markup.
"use strict";
(() => {
  const box = document.getElementById("year");
  if (!box) return;
  const T = JSON.parse(box.dataset.texts);
  const base = box.dataset.base;
  let timer = 0;

  function el(tag, attrs = {}, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === "text") e.textContent = v;
      else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children) if (c) e.append(c);
    return e;
  }

  function problems(list) {
    if (!list || !list.length) return null;
    return el("ul", { class: "job-problems" }, ...list.map((p) => el("li", { class: p.warning ? "warn" : "bad" },
      p.where ? el("code", { text: p.where }) : null, p.where ? " " : null,
      el("span", { text: p.message }), p.hint ? el("span", { class: "tip", text: p.hint }) : null)));
  }

  // A run's state: under way with its progress, or how it ended, with its problems.
  function job(j) {
    if (!j) return [];
    const out = [];
    if (j.running) {
      const progress = j.total ? " " + T.progress.replace("{done}", j.events.length).replace("{total}", j.total) : "";
      out.push(el("p", { class: "running", text: T.running + progress }));
    }
    if (j.events.length) {
      out.push(el("ul", { class: "job-events" }, ...j.events.map((e) =>
        el("li", { class: e.state === "failed" ? "bad" : "ok" }, el("span", { text: e.name }), " ", el("strong", { text: e.label })))));
    }
    if (j.done) out.push(el("p", { class: j.ok ? "ok done" : "bad done", text: j.done }));
    const p = problems(j.problems);
    if (p) out.push(p);
    if (j.verdict) {
      out.push(el("p", { class: j.verdict.ok ? "ok verdict" : "bad verdict", text: j.verdict.text }));
      const v = problems(j.verdict.problems);
      if (v) out.push(v);
    }
    return out;
  }

  function render(s) {
    const list = document.getElementById("year-events");
    list.replaceChildren(...s.events.map((e) => {
      const running = e.job && e.job.running;
      return el("li", { "data-slug": e.slug },
        el("a", { href: e.href, text: e.title }),
        el("span", { class: "slug", text: e.slug }),
        el("span", { class: "facts", text: T.next + ": " + e.next }),
        el("p", { class: "actions" },
          el("button", { type: "button", class: "web-run", disabled: running, onclick: () => run("web", { slug: e.slug }) , text: T.web }),
          e.web ? " " : null,
          e.web ? el("a", { class: "web-open", href: e.web, target: "_blank", rel: "noopener", text: T.webOpen }) : null),
        el("div", { class: "job", role: "status" }, ...job(e.job)));
    }));
    const a = document.getElementById("archive-job");
    a.replaceChildren(...job(s.archive.job));
    document.getElementById("archive-run").disabled = !!(s.archive.job && s.archive.job.running);
    const y = document.getElementById("yearbook-job");
    y.replaceChildren(...job(s.yearbook.job));
    if (s.yearbook.link) {
      y.append(el("p", {}, el("a", { class: "yearbook-open", href: s.yearbook.link, target: "_blank", rel: "noopener", text: T.yearbookOpen }),
        el("span", { class: "slug", text: s.yearbook.file })));
    }
    document.getElementById("yearbook-run").disabled = !!(s.yearbook.job && s.yearbook.job.running);
    return [s.archive.job, s.yearbook.job, ...s.events.map((e) => e.job)].some((j) => j && j.running);
  }

  async function refresh() {
    clearTimeout(timer);
    try {
      const r = await fetch(box.dataset.state, { credentials: "same-origin" });
      if (!r.ok) throw new Error(r.status);
      if (render(await r.json())) timer = setTimeout(refresh, 500);
    } catch (e) {
      document.getElementById("archive-job").replaceChildren(el("p", { class: "bad", text: T.offline }));
      timer = setTimeout(refresh, 2000);
    }
  }

  async function run(kind, body = {}) {
    // The last run's outcome goes at once: what shows next is this run's.
    const where = jobBox(kind, body);
    if (where) where.replaceChildren(el("p", { class: "running", text: T.running }));
    try {
      const r = await fetch(base + "/" + kind, {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
      });
      if (r.status === 409) {
        const said = await r.json();
        alertIn(kind, body, said.busy);
      } else if (!r.ok) {
        alertIn(kind, body, T.failed);
      }
    } catch (e) {
      alertIn(kind, body, T.offline);
    }
    refresh();
  }

  const jobBox = (kind, body) => kind === "web"
    ? document.querySelector(`li[data-slug="${CSS.escape(body.slug)}"] .job`)
    : document.getElementById(kind + "-job");

  function alertIn(kind, body, text) {
    jobBox(kind, body)?.append(el("p", { class: "bad", role: "alert", text }));
  }

  document.getElementById("archive-run").addEventListener("click", () => run("archive"));
  document.getElementById("yearbook-run").addEventListener("click", () => run("yearbook"));
  refresh();
})();
