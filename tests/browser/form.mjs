// Drives the studio's form in headless Chromium and reports, as JSON on stdout, what it saw;
// tests/cli/studio_form.rs checks the files on disk afterwards. Steps: one solution edited
// in a UTF-8 and a UTF-16 record; a hand edit on disk followed; two tabs, the second's save
// refused; a broken file shown read-only; axe-core and screenshots at 390 and 1280 px; a new
// event typed in from nothing; a date change following the folder; a folder that went away.
//   node form.mjs URL_WITH_TOKEN EVENTS_DIR OUT_DIR [CHROMIUM]
import { open as launch, saved, axe, report, example } from "./studio-lib.mjs";
import { readFileSync, writeFileSync, rmSync, copyFileSync } from "node:fs";

const [url, events, out_dir, executable = "/usr/bin/chromium"] = process.argv.slice(2);
const wide = "/e/2022/2022-11-02-utf16/";
const toml = `${events}/2022/2022-11-01-praktijktafel-amersfoort/event.toml`;
// Every page's errors, the list page's too; a refused request shows as one with its address.
const { browser, ctx, result, origin } = await launch(url, executable, { bypassCSP: true });

async function open(path, context = ctx) {
  const page = await context.newPage();
  await page.goto(origin + path, { waitUntil: "load" });
  await page.waitForSelector("#form .field", { timeout: 30000 });
  return page;
}
async function openItem(page, key) {
  const d = page.locator(`details.item[data-key="${key}"]`);
  if (!(await d.evaluate((e) => e.open))) await d.locator("summary").click();
  return d;
}

let current = null;
await report(browser, result, async () => {
  // One solution, in the UTF-8 and the UTF-16 record.
  for (const [name, path] of [["utf8", example], ["utf16", wide]]) {
    const page = await open(path);
    await openItem(page, "tables[1]");
    await page.locator("#f-tables-1-solutions-2").fill("Een buddy voor de jobcoach");
    await saved(page);
    result[`${name}_saved`] = true;
    await page.close();
  }
  // The UTF-16 record goes away in the last step: its bytes as saved, for the test to read.
  copyFileSync(`${events}/2022/2022-11-02-utf16/event.toml`, `${events}/../utf16-saved.toml`);

  // A hand edit on disk while the page is open: followed, said, then built on.
  const page = await open(example);
  current = page;
  const record = readFileSync(toml, "utf8");
  writeFileSync(toml, record.replace(/^title = "[^"]*"/m, 'title = "Een kop uit Kladblok"'));
  await page.waitForFunction(() => document.getElementById("f-event-title").value === "Een kop uit Kladblok", null, { timeout: 30000 });
  result.hand_edit_notice = await page.locator("#notice").innerText();
  await page.locator("#f-event-subtitle").focus();
  await page.keyboard.press("End");
  await page.keyboard.type(" (getypt)");
  await saved(page);

  // Two tabs; the second hears nothing of the first's save, so its save is refused.
  const second = await ctx.newPage();
  await second.route("**/live", (r) => r.abort());
  await second.goto(origin + example, { waitUntil: "load" });
  await second.waitForSelector("#form .field");
  await page.locator("#f-event-location").fill("Zaal van tab A");
  await saved(page);
  await second.locator("#f-event-location").fill("Zaal van tab B");
  await second.waitForFunction(() => /Zaal van tab B/.test(document.getElementById("notice").textContent), null, { timeout: 20000 });
  result.second_tab_notice = await second.locator("#notice").innerText();
  result.second_tab_location = await second.locator("#f-event-location").inputValue();
  await second.close();

  // axe-core and screenshots, with a table open.
  await openItem(page, "tables[0]");
  result.views = {};
  for (const [name, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]]) {
    await page.setViewportSize({ width, height });
    await page.locator('details.item[data-key="tables[0]"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out_dir}/form-${name}.png` });
    result.views[name] = {
      axe: await axe(page, "record"),
      overflow: await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
    };
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  // A broken file: its text around the line, no form; mended, the form is back.
  const good = readFileSync(toml, "utf8");
  writeFileSync(toml, good + "\n[tables\n");
  await page.waitForSelector(".broken pre", { timeout: 30000 });
  result.broken = await page.locator(".broken").innerText();
  result.broken_fields = await page.locator("#form .field").count();
  writeFileSync(toml, good);
  await page.waitForSelector("#form .field", { timeout: 30000 });
  result.mended = true;
  await page.close();

  // A new event from nothing, typed in.
  const list = await ctx.newPage();
  await list.goto(origin + "/", { waitUntil: "load" });
  await list.locator('input[name="date"]').fill("2023-03-14");
  await list.locator('input[name="name"]').fill("praktijktafel-soest");
  // The form's first read of the record held back while a hand edit (a comment) makes the
  // report render again, so that the live view's look at the disk comes while the page still
  // reads: the page must neither race itself nor call that a change of its fields.
  let held = false, release;
  const released = new Promise((done) => (release = done));
  await list.route("**/record", async (r) => {
    if (held || r.request().method() !== "GET") return r.continue();
    held = true;
    const folder = new URL(r.request().url()).pathname.replace(/^\/e\//, "").replace(/\/record$/, "");
    const record = `${events}/${decodeURIComponent(folder)}/event.toml`;
    const before = await list.evaluate(() => document.getElementById("view").dataset.generation);
    writeFileSync(record, readFileSync(record, "utf8") + "\n# Een notitie van de organisator.\n");
    for (let t = 0; t < 300; t++) {
      const now = await list.evaluate(() => document.getElementById("view").dataset.generation).catch(() => before);
      if (now !== before) break;
      await new Promise((done) => setTimeout(done, 100));
    }
    await new Promise((done) => setTimeout(done, 1500));
    result.rendered_while_reading = (await list.locator("#form .field").count()) === 0;
    await r.continue();
    release();
  });
  await list.locator(".new button").click();
  await list.waitForURL((u) => u.pathname.startsWith("/e/2023/"), { waitUntil: "load" });
  const p = list;
  current = p;
  await p.waitForSelector("#form .field", { timeout: 30000 });
  await released;
  await p.waitForTimeout(1000);
  result.new_event_notice = await p.locator("#notice").innerText();
  await p.locator("#f-event-title").fill("Praktijktafel in Soest");
  await p.locator("#f-event-location").fill("Raadhuis Soest");
  await p.locator("#f-event-intro").fill("Werkgevers en wethouders spraken over werk.\n\nHet was een goede middag.");
  await p.locator("#f-event-core-group-0").fill("Autitalent");
  await p.locator("#f-event-core-group-1").fill("ITvitae");
  await p.locator("#f-facts-speaker-name").fill("Eric de Vos");
  await p.locator("#f-facts-speaker-role").fill("manager");
  await p.locator("#f-facts-speaker-organization").fill("UWV");
  await p.locator("#f-facts-text").fill("Eric de Vos liet de cijfers van de regio zien.");
  for (const [i, label, value, unit] of [[0, "Openstaande vacatures", "1250", "vacatures"], [1, "Werkzoekenden", "3400", "mensen"]]) {
    await p.locator("#f-facts-figures-add").click();
    await p.locator(`#f-facts-figures-${i}-label`).fill(label);
    await p.locator(`#f-facts-figures-${i}-value`).fill(value);
    await p.locator(`#f-facts-figures-${i}-unit`).fill(unit);
  }
  await p.locator("#f-pitches-text").fill("De wethouders pitchten hun akkoord.");
  const tables = [["Soest", "Liesa van Aalst", "Peter van Hofweegen"], ["Baarn", "Erwin Jansma", "Mieke Bleij"], ["Leusden", "Jan de Wit", "Monique Vooijs"]];
  for (const [i, [town, host, member]] of tables.entries()) {
    if (i > 0) await p.locator("#f-tables-add").click();
    await openItem(p, `tables[${i}]`);
    await p.locator(`#f-tables-${i}-municipality`).fill(town);
    await p.locator(`#f-tables-${i}-host-name`).fill(host);
    await p.locator(`#f-tables-${i}-host-role`).fill("wethouder");
    await p.locator(`#f-tables-${i}-host-organization`).fill(`Gemeente ${town}`);
    await p.locator(`#f-tables-${i}-core-member-name`).fill(member);
    await p.locator(`#f-tables-${i}-core-member-organization`).fill("Kerngroep");
    await p.locator(`#f-tables-${i}-question`).fill(`Hoe vinden werkgevers in ${town} elkaar?`);
    for (let s = 0; s < 2; s++) {
      if (i > 0) await p.locator(`#f-tables-${i}-solutions-add`).click();
      await p.locator(`#f-tables-${i}-solutions-${s}`).fill(`Oplossing ${s + 1} voor ${town}`);
    }
    await p.locator(`#f-tables-${i}-summary`).fill(`Samengevat: ${town} gaat verder met werkgevers.`);
  }
  await p.locator("#f-closing-text").fill("De voorzitter sloot af.");
  await openItem(p, "closing.quotes[0]");
  await p.locator("#f-closing-quotes-0-text").fill("Inclusie is gewoon werk");
  await p.locator("#f-closing-quotes-0-speaker-name").fill("Anne Citaat");
  await p.locator("#f-closing-quotes-0-speaker-organization").fill("Regardz");
  await saved(p);
  result.new_event_url = p.url();

  // The date changed in the form: the folder follows, and the page with it.
  await p.locator("#f-event-date").fill("2023-03-21");
  await p.waitForURL((u) => u.pathname === "/e/2023/2023-03-21-praktijktafel-soest/", { timeout: 20000 });
  await p.waitForSelector("#form .field", { timeout: 30000 });
  result.moved_url = new URL(p.url()).pathname;
  await p.close();

  // The folder removed while its page is open: said, nothing written.
  const lost = await open(wide);
  rmSync(`${events}/2022/2022-11-02-utf16`, { recursive: true, force: true });
  await lost.locator("#f-event-title").fill("Nog een titel");
  await lost.waitForFunction(() => /gone/.test(document.getElementById("notice").textContent), null, { timeout: 20000 });
  result.gone = await lost.locator("#notice").innerText();
}, async () => {
  if (current) result.state = await current.evaluate(() => JSON.stringify({ v: S.version, p: S.pending, i: S.inflight, d: S.dead, fields: document.querySelectorAll("#form .field").length, notice: document.getElementById("notice").textContent, generation: document.getElementById("view")?.dataset.generation, url: location.pathname })).catch(String);
});
