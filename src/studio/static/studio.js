// verslag studio: keeps an event's report current and its record editable. The server says
// over server-sent events when a render has finished; the page then fetches the new view
// (pages and problems, made by the server from escaped text only) and checks whether the
// record changed on disk. The form is built from the record's fields as the server describes
// them; every text goes into the page as text, never as markup.
"use strict";
const view = document.getElementById("view");
const recordBox = document.getElementById("record");

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k in e && typeof v !== "string") e[k] = v;
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

/// A JSON request of the page's own (a POST when `body` is given): its status and answer; a
/// network failure as status 0 with its words as a problem. Used by mail.js and publish.js.
async function callJson(url, body) {
  const options = body === undefined ? { credentials: "same-origin" } : {
    method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  };
  try {
    const r = await fetch(url, options);
    return { status: r.status, answer: await r.json().catch(() => ({})) };
  } catch (e) {
    return { status: 0, answer: { problems: [{ message: String(e) }] } };
  }
}

/// The problems a run or a request met, each with its hint.
function problemList(problems) {
  return el("ul", { class: "mail-problems" }, ...problems.map((p) =>
    el("li", { class: "bad" }, el("span", { text: p.message }), p.hint ? el("span", { class: "tip", text: ` ${p.hint}` }) : null)));
}

// ---- The form -----------------------------------------------------------------------------
const S = { version: null, values: null, base: null, spec: null, texts: {}, size: 0,
  pending: false, inflight: false, again: false, timer: 0, open: new WeakSet(), dead: false, broken: false, loading: false };

const clone = (v) => JSON.parse(JSON.stringify(v));
// `tables[1].solutions[2]` → `f-tables-1-solutions-2` (pages.rs's `field_id` the same).
const idOf = (key) => ("f-" + key.replace(/[^A-Za-z0-9]+/g, "-")).replace(/-$/, "");

function status(text) {
  document.getElementById("save-state").textContent = text;
}

function notice(lines, kind = "bad") {
  const box = document.getElementById("notice");
  box.dataset.from = "";
  box.replaceChildren(...lines.filter(Boolean).map((l) => el("p", { class: kind, text: l })));
}

/// The labels of a key path, for saying what changed: "Tafels 2 › Oplossingen".
function labelled(path) {
  let fields = S.spec.fields;
  const out = [];
  for (const part of path) {
    if (typeof part === "number") {
      out.push(String(part + 1));
      continue;
    }
    const f = (fields || []).find((x) => x.key === part);
    if (!f) break;
    out.push(f.label);
    fields = f.fields;
  }
  return out.join(" › ");
}

/// The key paths where two values differ.
const blank = (v) => v == null || v === "" || v === false || (Array.isArray(v) ? v.every(blank)
  : typeof v === "object" && Object.entries(v).every(([k, x]) => k === "@from" || blank(x)));

function differences(a, b, path = [], out = []) {
  if (JSON.stringify(a) === JSON.stringify(b) || (blank(a) && blank(b))) return out;
  const obj = (v) => v && typeof v === "object";
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((x, i) => differences(x, b[i], [...path, i], out));
  } else if (obj(a) && obj(b) && !Array.isArray(a) && !Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (k !== "@from") differences(a[k], b[k], [...path, k], out);
    }
  } else {
    out.push(path);
  }
  return out;
}

function at(values, path) {
  return path.reduce((v, p) => (v == null ? undefined : v[p]), values);
}

function changed() {
  S.pending = true;
  status(S.texts.pending);
  clearTimeout(S.timer);
  S.timer = setTimeout(save, 600);
}

async function save(leaving = false) {
  clearTimeout(S.timer);
  if (S.dead || !S.pending) return;
  if (S.inflight) {
    S.again = true;
    return;
  }
  S.pending = false;
  S.inflight = true;
  status(S.texts.saving);
  const sent = clone(S.values);
  const body = JSON.stringify({ version: S.version, values: sent });
  let r, answer = {};
  try {
    r = await fetch(recordBox.dataset.record, {
      method: "POST", credentials: "same-origin", keepalive: leaving && body.length < 60000,
      headers: { "Content-Type": "application/json" }, body,
    });
    answer = await r.json().catch(() => ({}));
  } catch (e) {
    r = null;
    answer = { failed: String(e) };
  }
  S.inflight = false;
  if (r && r.ok) {
    S.version = answer.version;
    S.base = sent;
    if (typeof answer.size === "number") S.size = answer.size;
    if (!S.pending) status(`${S.texts.saved} ${new Date().toLocaleTimeString()}`);
    // What became of dropped photos stays until it was read; a refused save's notice goes.
    const box = document.getElementById("notice");
    if (box.dataset.from !== "photos") box.replaceChildren();
    if (answer.moved) {
      location.replace(answer.moved);
      return;
    }
  } else if (r && r.status === 409) {
    await reload(true);
    return;
  } else if (r && r.status === 410) {
    gone(answer.gone);
    return;
  } else if (r && answer.refused) {
    // A value the record cannot hold: kept on the page until it is mended.
    S.pending = true;
    status(S.texts.pending);
    notice([S.texts.refused, `${labelled(answer.refused.key.split("."))}: ${answer.refused.message}`]);
  } else {
    // The disk full or read-only, or the studio not answering: kept on the page and tried
    // again now and then; leaving the page first asks.
    S.pending = true;
    status(S.texts.pending);
    notice([S.texts.failed, r ? answer.failed : S.texts.offline]);
    if (!S.again) S.timer = setTimeout(() => save(), 5000);
  }
  if (S.again) {
    S.again = false;
    save();
  }
}

function gone(text) {
  S.dead = true;
  document.getElementById("form").replaceChildren();
  status("");
  const box = document.getElementById("notice");
  box.replaceChildren(el("p", { class: "bad", text: text || S.texts.gone }), el("p", {}, el("a", { href: "/", text: "verslag studio" })));
}

function showBroken(b) {
  document.getElementById("form").replaceChildren();
  status("");
  const lines = b.lines.map(([n, text]) => {
    const row = el("span", { class: n === b.line ? "line error" : "line" });
    row.append(el("span", { class: "n", text: String(n).padStart(4) + "  " }), text + "\n");
    return row;
  });
  document.getElementById("notice").replaceChildren(el("section", { class: "broken", "aria-labelledby": "broken-h" },
    el("h3", { id: "broken-h", text: b.heading }),
    el("p", { class: "bad", text: `event.toml:${b.line}:${b.column}: ${b.message}` }),
    b.hint ? el("p", { text: b.hint }) : null,
    el("pre", {}, ...lines)));
}

/// Reads the record from the server; after a refused save or a change on disk, says what
/// changed there and what of the page's was not saved.
async function reload(conflict) {
  S.loading = true;
  try {
    await reloadNow(conflict);
  } finally {
    S.loading = false;
  }
}

async function reloadNow(conflict) {
  const r = await fetch(recordBox.dataset.record, { credentials: "same-origin" });
  const answer = await r.json().catch(() => ({}));
  if (r.status === 410) return gone(answer.gone);
  if (answer.broken) {
    S.version = null;
    S.values = null;
    S.pending = false;
    S.broken = true;
    return showBroken(answer.broken);
  }
  const mine = S.values, base = S.base, wasBroken = S.broken;
  S.broken = false;
  S.version = answer.version;
  S.values = answer.values;
  S.base = clone(answer.values);
  S.size = answer.size;
  S.pending = false;
  render();
  status("");
  if (base && !wasBroken) {
    const there = differences(base, answer.values).map(labelled).filter(Boolean);
    const lost = conflict ? differences(base, mine).map((p) => `${labelled(p)}: ${JSON.stringify(at(mine, p) ?? "")}`) : [];
    // A change outside the form's fields (a comment, say) leaves the page as it was.
    if (!conflict && !there.length) return;
    notice([S.texts.changed, there.length ? `${S.texts.changedFields} ${[...new Set(there)].join("; ")}` : "",
      lost.length ? `${S.texts.lost} ${lost.join("; ")}` : ""], "note");
  } else {
    document.getElementById("notice").replaceChildren();
  }
}

/// A disk change seen by the live view: the form follows it when nothing is waiting to save.
/// Not while the page reads the record itself or saves: that answer is the newer one.
async function checkDisk() {
  const busy = () => !S.spec || S.dead || S.pending || S.inflight || S.loading;
  if (busy()) return;
  const r = await fetch(recordBox.dataset.record, { credentials: "same-origin" });
  const answer = await r.json().catch(() => ({}));
  if (busy()) return;
  if (r.status === 410) return gone(answer.gone);
  if (answer.version !== S.version || answer.broken) await reload(false);
}

function helpFor(f, id) {
  return f.help ? el("p", { class: "help", id: id + "-help", text: f.help }) : null;
}

function input(f, key, holder, name) {
  const id = idOf(key);
  const v = holder[name];
  const set = (value) => {
    holder[name] = value;
    changed();
  };
  const described = f.help ? id + "-help" : undefined;
  const lab = el("label", { for: id, text: f.label }, f.required ? el("span", { class: "req", text: ` (${S.texts.required})` }) : null);
  let control;
  switch (f.kind) {
    case "paragraphs":
      control = el("textarea", { id, rows: Math.min(12, Math.max(3, String(v ?? "").length / 60 + 2)), "aria-describedby": described, oninput: (e) => set(e.target.value) });
      control.value = v ?? "";
      break;
    case "bool":
      control = el("input", { id, type: "checkbox", "aria-describedby": described, onchange: (e) => set(e.target.checked) });
      control.checked = v === true;
      return el("div", { class: "field check", "data-key": key }, control, lab, helpFor(f, id));
    case "choice":
      control = el("select", { id, "aria-describedby": described, onchange: (e) => set(e.target.value) },
        el("option", { value: "", text: S.texts.unset }),
        ...f.options.map((o) => el("option", { value: o.value, text: o.label })));
      control.value = v ?? "";
      break;
    case "fixed":
      return el("p", { class: "field fixed", "data-key": key }, el("span", { text: f.label + ": " }), el("output", { text: String(v ?? "") }));
    default:
      control = el("input", {
        id, type: f.kind === "date" ? "date" : "text", inputmode: f.kind === "number" ? "decimal" : undefined,
        "aria-describedby": described, oninput: (e) => set(e.target.value),
      });
      control.value = v ?? "";
  }
  return el("div", { class: "field", "data-key": key }, lab, control, helpFor(f, id));
}

/// Up, down and remove for item `i`; `draw(n)` draws the list again with item n focused.
function mover(list, i, draw) {
  const move = (d) => () => {
    const [x] = list.splice(i, 1);
    list.splice(i + d, 0, x);
    changed();
    draw(i + d);
  };
  const n = i + 1;
  return el("span", { class: "moves" },
    el("button", { type: "button", class: "small", disabled: i === 0, onclick: move(-1), text: "↑", "aria-label": `${S.texts.up} (${n})`, title: S.texts.up }),
    el("button", { type: "button", class: "small", disabled: i === list.length - 1, onclick: move(1), text: "↓", "aria-label": `${S.texts.down} (${n})`, title: S.texts.down }),
    el("button", { type: "button", class: "small quiet", onclick: () => { list.splice(i, 1); changed(); draw(null); }, text: "✕", "aria-label": `${S.texts.remove} (${n})`, title: S.texts.remove }));
}

function addButton(f, key, list, onadd) {
  const full = S.size > S.spec.maxSize - 4096;
  const limit = list.length >= f.max;
  const reason = limit ? S.texts.limit : full ? S.texts.full : null;
  const id = idOf(key) + "-add";
  return el("p", { class: "add" },
    el("button", { type: "button", id, disabled: !!reason, "aria-describedby": reason ? id + "-why" : undefined, onclick: onadd, text: `${S.texts.add}: ${f.label}` }),
    reason ? el("span", { class: "why", id: id + "-why", text: " " + reason }) : null);
}

function summaryOf(f, item, i) {
  const line = f.fields.find((x) => x.kind === "line" && typeof item[x.key] === "string" && item[x.key].trim());
  return `${i + 1}. ${line ? item[line.key] : f.label}`;
}

function fields(list, holder, prefix, depth) {
  return list.map((f) => field(f, holder, prefix ? `${prefix}.${f.key}` : f.key, depth));
}

function field(f, holder, key, depth) {
  const id = idOf(key);
  if (f.kind === "group") {
    if (!holder[f.key] || typeof holder[f.key] !== "object") holder[f.key] = {};
    const inner = fields(f.fields, holder[f.key], key, depth + 1);
    if (depth === 0) {
      return el("details", { class: "section", open: true, "data-key": key },
        el("summary", {}, el("h3", { text: f.label })), helpFor(f, id), ...inner);
    }
    return el("fieldset", { class: "group", "data-key": key }, el("legend", { text: f.label }), ...inner);
  }
  if (f.kind === "lines") {
    const list = Array.isArray(holder[f.key]) ? holder[f.key] : (holder[f.key] = []);
    const box = el("fieldset", { class: "lines", "data-key": key, "aria-describedby": f.help ? id + "-help" : undefined });
    const draw = (focus) => {
      box.replaceChildren(el("legend", { text: f.label }), helpFor(f, id),
        el("ol", {}, ...list.map((v, i) => {
          const iid = `${id}-${i}`;
          const inp = el("input", { id: iid, type: "text", "aria-label": `${f.label} ${i + 1}`, oninput: (e) => { list[i] = e.target.value; changed(); } });
          inp.value = v;
          return el("li", { "data-key": `${key}[${i}]` }, inp, mover(list, i, draw));
        })),
        addButton(f, key, list, () => { list.push(""); changed(); draw(list.length - 1); }));
      if (focus !== null) document.getElementById(`${id}-${focus}`)?.focus();
      redrawn(box);
    };
    draw(null);
    return box;
  }
  if (f.kind === "items") {
    const list = Array.isArray(holder[f.key]) ? holder[f.key] : (holder[f.key] = []);
    const box = el("section", { class: depth === 0 ? "items top" : "items", "data-key": key, "aria-labelledby": id + "-h" });
    const draw = (focus) => {
      box.replaceChildren(el(depth === 0 ? "h3" : "h4", { id: id + "-h", text: f.label }), helpFor(f, id),
        ...list.map((item, i) => {
          const ikey = `${key}[${i}]`;
          const d = el("details", { class: "item", open: S.open.has(item), "data-key": ikey, id: `${id}-${i}`,
            ontoggle: (e) => (e.target.open ? S.open.add(item) : S.open.delete(item)) });
          const label = el("span", { class: "label", text: summaryOf(f, item, i) });
          d.append(el("summary", {}, label), mover(list, i, draw), ...fields(f.fields, item, ikey, depth + 1));
          d.addEventListener("input", () => { label.textContent = summaryOf(f, item, i); });
          return d;
        }),
        addButton(f, key, list, () => { const item = {}; S.open.add(item); list.push(item); changed(); draw(list.length - 1); }));
      if (focus !== null) document.getElementById(`${id}-${focus}`)?.querySelector("summary")?.focus();
      redrawn(box);
    };
    draw(null);
    return box;
  }
  return input(f, key, holder, f.key);
}

/// A list drawn again in place (an item added, moved or removed): its photos and problems.
function redrawn(box) {
  if (!box.isConnected) return;
  decoratePhotos();
  markProblems();
}

function render() {
  const form = document.getElementById("form");
  const focused = document.activeElement && document.activeElement.id;
  form.replaceChildren(...fields(S.spec.fields, S.values, "", 0));
  decoratePhotos();
  markProblems();
  if (focused) document.getElementById(focused)?.focus();
}

async function startForm() {
  const r = await fetch(recordBox.dataset.form, { credentials: "same-origin" });
  S.spec = await r.json();
  S.texts = S.spec.texts;
  await reload(false);
  document.getElementById("form").addEventListener("submit", (e) => { e.preventDefault(); save(); });
  document.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
      e.preventDefault();
      save();
    }
  });
  // Leaving or hiding the page saves at once.
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden") save(true); });
  window.addEventListener("pagehide", () => save(true));
  window.addEventListener("beforeunload", (e) => { if (S.pending || S.inflight) e.preventDefault(); });
}

if (recordBox) startForm();

// ---- The live report ----------------------------------------------------------------------
if (view && view.dataset.live) {
  const live = new EventSource(view.dataset.live);
  // The newest render the server told of; one fetch at a time follows it, however many
  // renders end meanwhile.
  let latest = view.dataset.generation;
  let fetching = false;
  const follow = async () => {
    if (fetching) return;
    fetching = true;
    try {
      while (latest !== view.dataset.generation) {
        const want = latest;
        const r = await fetch(view.dataset.fragment, { credentials: "same-origin" });
        if (!r.ok) break;
        const focused = document.activeElement && document.activeElement.id;
        view.innerHTML = await r.text();
        view.dataset.generation = want;
        // The mail's section (mail.js) goes back into its place in the round, as it was.
        document.dispatchEvent(new CustomEvent("verslag:view"));
        if (focused && document.activeElement !== document.getElementById(focused)) document.getElementById(focused)?.focus();
        markProblems();
        if (recordBox) await checkDisk();
      }
    } finally {
      fetching = false;
    }
  };
  live.onmessage = (e) => {
    latest = e.data;
    follow();
  };
}
