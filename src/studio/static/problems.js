// verslag studio: each problem of the last render at its field, and the round's buttons.
// The live view lists the problems as `check` prints them, each with its key
// (`tables[1].question`), message and tip as data; here each goes beside its field, the
// accessible way (aria-invalid for an error, aria-describedby to its text), or above the form
// when it has no field. The list's links go to the field. Loaded before studio.js, whose S,
// el, idOf, changed and render it uses when called.
"use strict";

/// The form's element for `key`, or that of the nearest key above it (`tables[1].host.name`,
/// then `tables[1].host`, then `tables[1]`); null when none is in the form.
function fieldOf(key) {
  const form = document.getElementById("form");
  for (let k = key; k; k = k.replace(/(\[\d+\]|\.[^.[\]]+|^[^.[\]]+)$/, "")) {
    const byId = document.getElementById(idOf(k));
    if (byId && form.contains(byId)) return byId;
    const byKey = form.querySelector(`[data-key="${CSS.escape(k)}"]`);
    if (byKey) return byKey;
  }
  return null;
}

/// `tables[1].question` → ["tables", 1, "question"].
function pathOf(key) {
  return key.split(/\.|(?=\[)/).map((p) => (/^\[\d+\]$/.test(p) ? Number(p.slice(1, -1)) : p));
}

/// A message as said beside its field: its key, which the field already shows, by the
/// field's label instead (`tables[1].question` is blank → ‘Question’ is blank).
function atField(message, key) {
  const quoted = "`" + key + "`";
  let m = message;
  if (m.startsWith(quoted + ": ")) {
    m = m.slice(quoted.length + 2);
  } else {
    const labels = labelled(pathOf(key)).split(" › ");
    m = m.split(quoted).join(`‘${labels[labels.length - 1]}’`);
  }
  return m.charAt(0).toUpperCase() + m.slice(1);
}

function clearProblems() {
  for (const p of document.querySelectorAll(".problem-here")) p.remove();
  for (const c of document.querySelectorAll("[data-described]")) {
    const before = c.dataset.described;
    if (before) c.setAttribute("aria-describedby", before);
    else c.removeAttribute("aria-describedby");
    c.removeAttribute("data-described");
    c.removeAttribute("aria-invalid");
  }
  for (const s of document.querySelectorAll(".has-problem")) s.classList.remove("has-problem");
}

/// Says where a problem is at: its text beside the control, or at the top of its item.
function markProblems() {
  if (!recordBox) return;
  clearProblems();
  let top = document.getElementById("problems-top");
  if (!top) {
    top = el("div", { id: "problems-top", class: "problems-top" });
    document.getElementById("form").before(top);
  }
  top.replaceChildren();
  if (!S.values || S.broken || S.dead) return;
  let n = 0, placed = 0;
  for (const li of document.querySelectorAll("#view .problems li")) {
    const bad = li.classList.contains("bad");
    const id = `problem-${n++}`;
    const at = li.dataset.key ? fieldOf(li.dataset.key) : null;
    const text = el("p", { id, class: `problem-here ${bad ? "bad" : "warn"}` },
      el("span", { text: at ? atField(li.dataset.message, li.dataset.key) : li.dataset.message }),
      li.dataset.hint ? el("span", { class: "tip", text: ` ${S.texts.tip} ${li.dataset.hint}` }) : null);
    if (!at) {
      top.append(text);
      continue;
    }
    placed++;
    const control = at.matches("input, select, textarea") ? at : null;
    if (control) {
      if (!control.hasAttribute("data-described")) {
        control.setAttribute("data-described", control.getAttribute("aria-describedby") || "");
      }
      control.setAttribute("aria-describedby", `${control.getAttribute("aria-describedby") || ""} ${id}`.trim());
      if (bad) control.setAttribute("aria-invalid", "true");
      (control.closest(".field, li") || control).append(text);
    } else {
      const head = at.querySelector(":scope > summary, :scope > legend, :scope > h3, :scope > h4");
      if (head) head.after(text);
      else at.prepend(text);
    }
    // A folded item holding a problem says so on its summary.
    for (let d = at.closest("details"); d; d = d.parentElement.closest("details")) {
      d.querySelector(":scope > summary").classList.add("has-problem");
    }
  }
  if (placed) {
    const says = placed === 1 ? S.texts.atFieldsOne : S.texts.atFieldsMany.replace("{count}", String(placed));
    top.append(el("p", { class: "problem-here count", text: says }));
  }
}

/// Opens every fold around the field of `key`, and goes there.
function goToField(key) {
  const at = fieldOf(key);
  if (!at) return false;
  for (let d = at.closest("details"); d; d = d.parentElement.closest("details")) d.open = true;
  const target = at.matches("input, select, textarea, summary") ? at : at.querySelector("input, select, textarea, summary") || at;
  target.scrollIntoView({ block: "center" });
  target.focus();
  return true;
}

document.addEventListener("click", (e) => {
  const a = e.target.closest && e.target.closest("#view a.to-field");
  if (!a) return;
  const li = a.closest("li");
  if (li && li.dataset.key && goToField(li.dataset.key)) e.preventDefault();
});

// The round's buttons write to the form, as typing would: an open table approved today (then
// the field for how it was approved), or the draft made final once every table is.
document.addEventListener("click", (e) => {
  const b = e.target.closest && e.target.closest("#view .round button");
  if (!b || !S.values || S.dead || S.broken) return;
  if (b.classList.contains("approve")) {
    const table = S.values.tables && S.values.tables[Number(b.dataset.table)];
    if (!table) return;
    table.approved = new Date().toLocaleDateString("sv-SE");
    S.open.add(table);
    changed();
    render();
    goToField(`tables[${b.dataset.table}].approved_note`);
  } else if (b.classList.contains("make-final")) {
    S.values.event.status = "final";
    changed();
    render();
    goToField("event.status");
  }
});
