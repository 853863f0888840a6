// verslag studio: the website step on the event's page. The record as a draft post on the
// brand's WordPress site, run by the studio on the library `verslag publish` uses: first a dry
// run that only reads the site, then the run itself. The application password is typed here
// for each run, goes with it and is cleared from the page at once. The section lives in the
// round of the live view and is put back there after every render. Loaded after studio.js,
// whose `el`, `callJson` and `problemList` it uses. Every text goes in as text, never as
// markup.
"use strict";
(() => {
  const view = document.getElementById("view");
  const recordBox = document.getElementById("record");
  if (!view || !recordBox) return;
  const base = recordBox.dataset.record.replace(/\/record$/, "/publish");
  const P = { state: null, busy: false, note: "", failure: [], poll: 0 };
  const section = el("section", { id: "publish", class: "mail", "aria-labelledby": "publish-h" });
  // Made once: what is typed survives every redraw; the password is cleared once it went.
  const user = el("input", { id: "publish-user", autocomplete: "username", spellcheck: "false" });
  const password = el("input", { id: "publish-password", type: "password", autocomplete: "off",
    spellcheck: "false", "aria-describedby": "publish-password-help" });

  function draw() {
    const s = P.state;
    if (!s) return;
    const t = s.texts;
    const focused = document.activeElement && section.contains(document.activeElement) ? document.activeElement.id : null;
    const parts = [el("h3", { id: "publish-h", text: t.heading })];
    const running = s.job && s.job.running;
    if (s.noSite) {
      parts.push(el("p", { class: "muted", text: s.noSite }));
    } else if (s.problems) {
      parts.push(problemList(s.problems), el("p", {}, el("a", { href: "/settings", text: t.settings })));
    } else if (s.gate) {
      parts.push(el("p", { class: "muted", text: s.site }), problemList(s.gate));
    } else {
      parts.push(el("p", { class: "muted", text: s.site }));
      if (s.post) parts.push(el("p", {}, el("a", { href: s.post, target: "_blank", rel: "noopener", text: t.edit })));
      if (!user.value && s.user) user.value = s.user;
      const form = el("form", { id: "publish-form", class: "send", onsubmit: (e) => { e.preventDefault(); run(false); } },
        el("label", { for: "publish-user", text: t.user }), user,
        el("label", { for: "publish-password", text: t.password }), password,
        el("p", { id: "publish-password-help", class: "muted", text: t.passwordHelp }),
        el("p", { class: "actions" },
          el("button", { type: "button", id: "publish-dry", class: "secondary", disabled: P.busy || running, onclick: () => run(true), text: t.dry }),
          el("button", { id: "publish-run", disabled: P.busy || running, text: t.run })));
      parts.push(form);
    }
    if (P.note) parts.push(el("p", { class: "bad", role: "alert", text: P.note }));
    if (P.failure.length) parts.push(problemList(P.failure));
    const j = s.job;
    if (j) {
      const box = el("div", { class: "job", role: "status", "aria-live": "polite" });
      if (j.lines.length) box.append(el("ol", {}, ...j.lines.map((line) => el("li", { text: line }))));
      if (j.running) box.append(el("p", { text: t.working }));
      if (j.problems.length) box.append(problemList(j.problems));
      if (j.done) box.append(el("p", { class: "ok", text: j.done }));
      parts.push(box);
    }
    section.replaceChildren(...parts);
    if (focused) document.getElementById(focused)?.focus();
  }

  function place() {
    const slot = view.querySelector(".publish-slot");
    if (slot) slot.replaceWith(section);
  }

  async function refresh() {
    const { status, answer } = await callJson(base);
    if (status !== 200) return;
    P.state = answer;
    draw();
    if (answer.job && answer.job.running) follow();
  }

  function follow() {
    clearTimeout(P.poll);
    P.poll = setTimeout(async () => {
      const { status, answer } = await callJson(`${base}/job`);
      if (status === 200 && answer) {
        P.state.job = answer;
        draw();
        if (answer.running) return follow();
        if (answer.login_refused) {
          P.note = P.state.texts.again;
          draw();
          password.focus();
          return;
        }
      }
      refresh();
    }, 400);
  }

  async function run(dryRun) {
    if (P.busy) return;
    P.failure = [];
    if (!user.value.trim() || !password.value) {
      P.note = P.state.texts.needed;
      draw();
      (user.value.trim() ? password : user).focus();
      return;
    }
    P.busy = true;
    P.note = "";
    draw();
    const body = { user: user.value, password: password.value, dryRun };
    // Held for this run only: gone from the page as soon as it went to the studio.
    password.value = "";
    const { status, answer } = await callJson(base, body);
    P.busy = false;
    if (status === 202) {
      P.state.job = { running: true, lines: [], problems: [], done: null };
      draw();
      follow();
    } else {
      P.failure = answer.problems || [];
      await refresh();
    }
  }

  document.addEventListener("verslag:view", () => {
    place();
    if (!(P.state && P.state.job && P.state.job.running)) refresh();
  });
  place();
  refresh();
})();
