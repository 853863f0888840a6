// verslag studio: photos dropped on the event's page or picked, each sent to the studio,
// which keeps it in photos/ under a safe name once its content is a photo; the record then
// names it, and each photo of the record shows a small picture. Loaded before studio.js,
// whose S, el, changed, render, status and gone it uses when called.
"use strict";

/// The largest photo the studio takes (its http.rs MAX_UPLOAD).
const MAX_PHOTO = 50 * 1024 * 1024;
const eventBase = () => recordBox.dataset.record.replace(/\/record$/, "");
const filled = (text, values) => Object.entries(values).reduce((t, [k, v]) => t.split(`{${k}}`).join(v), text);

/// The small pictures on the photos' summaries, and the place to drop or pick photos.
function decoratePhotos() {
  const box = document.querySelector('#form section[data-key="photos"]');
  if (!box || !S.values) return;
  for (const d of box.querySelectorAll(":scope > details.item")) {
    const i = Number((d.dataset.key.match(/\[(\d+)\]$/) || [])[1]);
    const file = S.values.photos && S.values.photos[i] && S.values.photos[i].file;
    const summary = d.querySelector(":scope > summary");
    if (typeof file === "string" && file && !summary.querySelector("img.thumb")) {
      // The summary's text names the photo; the picture only shows it.
      summary.prepend(el("img", { class: "thumb", alt: "", src: `${eventBase()}/thumb?file=${encodeURIComponent(file)}`,
        onerror: (e) => e.target.remove() }));
    }
  }
  if (!box.querySelector(":scope > .drop")) {
    const input = el("input", { type: "file", id: "photo-pick", multiple: true, hidden: true,
      accept: "image/jpeg,image/png,image/webp,.heic,.heif",
      onchange: (e) => { addPhotos([...e.target.files]); e.target.value = ""; } });
    const zone = el("div", { class: "drop", id: "photo-drop" },
      el("span", { text: S.texts.photosDrop + " " }),
      el("button", { type: "button", class: "secondary", onclick: () => input.click(), text: S.texts.photosPick }), input);
    const add = box.querySelector(":scope > p.add");
    if (add) add.before(zone);
    else box.append(zone);
  }
}

/// Sends each photo in turn, names those kept in the record, and says what became of each.
async function addPhotos(files) {
  if (!S.values || S.dead || S.broken) return;
  const said = [];
  for (const f of files) {
    const name = f.name;
    if (f.size > MAX_PHOTO) {
      said.push(["bad", filled(S.texts.photosTooLarge, { name })]);
      continue;
    }
    status(filled(S.texts.photosAdding, { name }));
    let r = null, answer = {};
    try {
      r = await fetch(`${eventBase()}/photos?name=${encodeURIComponent(name)}`, {
        method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/octet-stream" }, body: f,
      });
      answer = await r.json().catch(() => ({}));
    } catch {
      r = null;
    }
    if (r && r.ok) {
      const list = Array.isArray(S.values.photos) ? S.values.photos : (S.values.photos = []);
      if (!list.some((p) => p && p.file === answer.file)) {
        const item = { file: answer.file };
        list.push(item);
        S.open.add(item);
        changed();
      }
      said.push(["note", filled(answer.same ? S.texts.photosSame : S.texts.photosAdded, { name, file: answer.file })]);
    } else if (r && r.status === 410) {
      return gone(answer.gone);
    } else {
      const why = r ? answer.refused || answer.failed : S.texts.offline;
      said.push(["bad", `${filled(S.texts.photosRefused, { name })} ${why}`], answer.hint ? ["tip", answer.hint] : null);
    }
  }
  render();
  status(S.pending ? S.texts.pending : "");
  const box = document.getElementById("notice");
  box.replaceChildren(...said.filter(Boolean).map(([kind, text]) => el("p", { class: kind, text })));
  box.dataset.from = "photos";
}

// Files dropped anywhere on an event's page are photos for it, never a page to open.
document.addEventListener("dragover", (e) => {
  if (!recordBox || !e.dataTransfer || !e.dataTransfer.types.includes("Files")) return;
  e.preventDefault();
  document.getElementById("photo-drop")?.classList.add("over");
});
document.addEventListener("dragleave", (e) => {
  if (!e.relatedTarget) document.getElementById("photo-drop")?.classList.remove("over");
});
document.addEventListener("drop", (e) => {
  if (!recordBox || !e.dataTransfer || !e.dataTransfer.files.length) return;
  e.preventDefault();
  document.getElementById("photo-drop")?.classList.remove("over");
  addPhotos([...e.dataTransfer.files]);
});
