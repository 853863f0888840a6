// verslag studio: the round's mail on the event's page. Each recipient's message as the
// outbox holds it (subject, text, attachment) to read before it goes; writing the outbox
// (again, when the record changed since); sending it, with the password typed here for that
// send only, and following the send message by message. The section lives inside the round
// of the live view and is put back there after every render, so that what is typed stays.
// Loaded after studio.js, whose `el`, `callJson` and `problemList` it uses. Every text goes
// in as text, never as markup.
"use strict";
(() => {
  const view = document.getElementById("view");
  const recordBox = document.getElementById("record");
  if (!view || !recordBox) return;
  const base = recordBox.dataset.record.replace(/\/record$/, "/mail");
  const M = { state: null, open: new Set(), busy: false, note: "", failure: [], poll: 0 };
  const section = el("section", { id: "mail", class: "mail", "aria-labelledby": "mail-h" });
  // Made once: what is typed in it survives every redraw, and is cleared once it went.
  const password = el("input", { id: "mail-password", type: "password", autocomplete: "off",
    spellcheck: "false", "aria-describedby": "mail-password-help" });

  function letter(s, l) {
    const d = el("details", { class: "letter", open: M.open.has(l.municipality),
      ontoggle: (e) => (e.target.open ? M.open.add(l.municipality) : M.open.delete(l.municipality)) });
    const summary = el("summary", {}, el("strong", { text: l.municipality }), ` · ${l.who} · `,
      el("span", { class: `state ${l.state}`, text: l.state_text }));
    if (!l.written) summary.append(el("span", { class: "muted", text: ` · ${s.texts.not_written}` }));
    d.append(summary);
    if (l.stale) d.append(el("p", { class: "bad", text: l.stale }));
    if (l.written) {
      const w = l.written;
      const facts = el("dl", {}, el("dt", { text: s.texts.subject }), el("dd", { text: w.subject }));
      if (w.attachment) facts.append(el("dt", { text: s.texts.attachment }), el("dd", { text: `${w.attachment.name} (${w.attachment.size})` }));
      d.append(facts, el("pre", { class: "body", text: w.body }));
    }
    const li = el("li", { "data-municipality": l.municipality }, d);
    if (l.state === "uncertain") {
      li.append(el("p", { class: "resend" },
        el("button", { type: "button", class: "secondary", disabled: M.busy, onclick: () => send([l.municipality]), text: l.resend }),
        el("span", { class: "muted", text: ` ${s.texts.resend_help}` })));
    }
    return li;
  }

  function jobPart(s) {
    const j = s.job;
    if (!j) return null;
    const box = el("div", { class: "job", role: "status", "aria-live": "polite" });
    if (j.lines.length) box.append(el("ol", {}, ...j.lines.map((line) => el("li", { text: line }))));
    if (j.running) box.append(el("p", { text: s.texts ? s.texts.working : "…" }));
    if (j.problems.length) box.append(problemList(j.problems));
    if (j.outcome) box.append(el("p", { class: j.ok ? "ok" : "bad", text: j.outcome }));
    return box;
  }

  function draw() {
    const s = M.state;
    if (!s) return;
    const focused = document.activeElement && section.contains(document.activeElement) ? document.activeElement.id : null;
    const parts = [el("h3", { id: "mail-h", text: s.heading || "" })];
    if (s.problems && s.problems.length) {
      parts.push(problemList(s.problems));
      if (s.texts) parts.push(el("p", {}, `${s.texts.settings_note} `, el("a", { href: "/settings", text: s.texts.settings })));
    }
    const letters = s.letters || [];
    if (letters.length) {
      if (s.server.missing) {
        parts.push(el("p", { class: "bad" }, `${s.server.missing}: ${s.server.hint} `, el("a", { href: "/settings", text: s.texts.settings })));
      } else {
        parts.push(el("p", { class: "muted", text: s.server.text }));
      }
      parts.push(el("h4", { text: s.texts.messages }), el("ul", { class: "letters" }, ...letters.map((l) => letter(s, l))));
      const pending = letters.filter((l) => l.state === "pending");
      const unwritten = pending.some((l) => !l.written || l.stale);
      const running = s.job && s.job.running;
      if (!pending.length && !letters.some((l) => l.state === "uncertain")) {
        parts.push(el("p", { class: "ok", text: s.texts.all_sent }));
      } else if (unwritten) {
        if (pending.some((l) => l.stale)) parts.push(el("p", { text: s.texts.stale_some }));
        parts.push(el("p", {}, el("button", { type: "button", id: "mail-write", disabled: M.busy || running, onclick: write,
          text: pending.some((l) => l.written) ? s.texts.write_again : s.texts.write })));
      } else if (pending.length) {
        const form = el("form", { id: "mail-send", class: "send", onsubmit: (e) => { e.preventDefault(); send([]); } });
        if (s.server.password) {
          form.append(el("label", { for: "mail-password", text: s.server.password }), password,
            el("p", { id: "mail-password-help", class: "muted", text: s.texts.password_help }));
        }
        form.append(el("p", { class: "muted", text: s.texts.written_note }),
          el("button", { id: "mail-send-button", disabled: M.busy || running || !!s.server.missing, text: s.texts.send }));
        parts.push(form);
      }
    }
    if (M.note) parts.push(el("p", { class: "bad", role: "alert", text: M.note }));
    if (M.failure.length) parts.push(problemList(M.failure));
    const job = jobPart(s);
    if (job) parts.push(job);
    section.replaceChildren(...parts);
    if (focused) document.getElementById(focused)?.focus();
  }

  /// Into the round's place in the live view, which every render draws anew.
  function place() {
    const slot = view.querySelector(".mail-slot");
    if (slot) slot.replaceWith(section);
  }

  async function refresh() {
    const { status, answer } = await callJson(base);
    if (status !== 200) return;
    M.state = answer;
    draw();
    if (answer.job && answer.job.running) follow();
  }

  /// Follows a send under way, then reads the whole state again.
  function follow() {
    clearTimeout(M.poll);
    M.poll = setTimeout(async () => {
      const { status, answer } = await callJson(`${base}/job?kind=${encodeURIComponent(M.state.kind)}`);
      if (status === 200 && answer) {
        M.state.job = answer;
        draw();
        if (answer.running) return follow();
        if (answer.login_refused) {
          M.note = M.state.texts.login_again;
          await refresh();
          password.focus();
          return;
        }
      }
      refresh();
    }, 400);
  }

  async function write() {
    M.busy = true;
    M.note = "";
    M.failure = [];
    draw();
    const { status, answer } = await callJson(`${base}/write`, { kind: M.state.kind });
    M.busy = false;
    if (status !== 200) M.failure = answer.problems || [];
    await refresh();
  }

  async function send(resend) {
    if (M.busy) return;
    M.failure = [];
    if (M.state.server.password && !password.value) {
      M.note = M.state.texts.password_needed;
      draw();
      password.focus();
      return;
    }
    M.busy = true;
    M.note = "";
    draw();
    const body = { kind: M.state.kind, password: password.value, resend };
    // Held for this send only: gone from the page as soon as it went to the studio.
    password.value = "";
    const { status, answer } = await callJson(`${base}/send`, body);
    M.busy = false;
    if (status === 202) {
      M.state.job = { running: true, lines: [], problems: [], outcome: null };
      draw();
      follow();
    } else {
      M.failure = answer.problems || [];
      await refresh();
    }
  }

  document.addEventListener("verslag:view", () => {
    place();
    if (!(M.state && M.state.job && M.state.job.running)) refresh();
  });
  place();
  refresh();
})();
