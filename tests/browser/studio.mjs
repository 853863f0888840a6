// Drives `verslag studio` in headless Chromium and reports, as JSON on stdout: console errors
// (a CSP violation is one), requests to other hosts, the events list and the event's page at
// phone and desktop width with axe-core's serious and critical violations and screenshots, an
// edit of event.toml on disk showing in the page, and a broken record showing its problem
// while the last good pages stay. Run by tests/cli/studio.rs:
//   node studio.mjs URL_WITH_TOKEN EVENT_TOML OUT_DIR [CHROMIUM]
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { readFileSync, writeFileSync } from "node:fs";

const [url, toml, out_dir, executable = "/usr/bin/chromium"] = process.argv.slice(2);
const axe_path = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const origin = new URL(url).origin;
const browser = await chromium.launch({ executablePath: executable, args: ["--no-sandbox"] });
const result = { console_errors: [], other_hosts: [], views: {} };

async function axe(page_url, width, height) {
  // axe-core is injected as a script, which the studio's CSP rightly forbids: its own context.
  const context = await browser.newContext({ viewport: { width, height }, bypassCSP: true });
  await context.addCookies(await main.cookies());
  const page = await context.newPage();
  await page.goto(page_url, { waitUntil: "load" });
  await page.addScriptTag({ path: axe_path });
  const found = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
  await context.close();
  return found.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

// Every page image decoded (the live stream keeps the network busy: no "networkidle").
const decoded = () => [...document.querySelectorAll("ol.pages img")].every((i) => i.complete && i.naturalWidth > 0);

const main = await browser.newContext({ viewport: { width: 1280, height: 900 } });
try {
  const page = await main.newPage();
  page.on("console", (m) => { if (m.type() === "error") result.console_errors.push(m.text()); });
  page.on("pageerror", (e) => result.console_errors.push(String(e)));
  page.on("request", (q) => { if (!q.url().startsWith(origin)) result.other_hosts.push(q.url()); });
  await page.goto(url, { waitUntil: "load" });
  const list_url = page.url();
  result.list_h1 = await page.locator("h1").innerText();
  result.events = await page.locator("ul.events a").allInnerTexts();
  await page.locator("ul.events a").first().click();
  await page.waitForSelector("ol.pages img", { timeout: 60000 });
  const event_url = page.url();
  const images = async () => page.$$eval("ol.pages img", (imgs) => imgs.map((i) => ({ src: i.getAttribute("src"), ok: i.complete && i.naturalWidth > 0 })));
  await page.waitForFunction(decoded, null, { timeout: 30000 }).catch(async (e) => {
    const view = await page.locator("#view").evaluate((v) => [v.dataset.generation, v.innerHTML.slice(0, 400)]);
    throw new Error(`${e.message}; images ${JSON.stringify(await images())}; view ${JSON.stringify(view)}`);
  });
  result.pages = await images();
  for (const [name, width, height] of [["phone", 390, 844], ["desktop", 1280, 800]]) {
    await page.setViewportSize({ width, height });
    const shots = {};
    for (const [what, at] of [["list", list_url], ["event", event_url]]) {
      await page.goto(at, { waitUntil: "load" });
      if (what === "event") await page.waitForFunction(decoded, null, { timeout: 30000 });
      shots[what] = `${out_dir}/${what}-${name}.png`;
      await page.screenshot({ path: shots[what], fullPage: what === "list" });
      shots[`${what}_axe`] = await axe(at, width, height);
      shots[`${what}_overflow`] = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    }
    result.views[name] = shots;
  }
  // An edit on disk, as Notepad would save it: the page follows within seconds.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(event_url, { waitUntil: "load" });
  await page.waitForSelector("ol.pages img");
  const before = await page.locator("#view").getAttribute("data-generation");
  const record = readFileSync(toml, "utf8");
  const started = Date.now();
  writeFileSync(toml, record.replace(/^title = "[^"]*"/m, 'title = "Een nieuwe kop uit de test"'));
  await page.waitForFunction((g) => document.querySelector("#view").dataset.generation !== g, before, { timeout: 30000 });
  result.edit_seen_ms = Date.now() - started;
  result.after_edit_pages = (await images()).length;
  // A broken record: its problem, located, and the last good pages kept.
  writeFileSync(toml, record + "\n[tables\n");
  await page.waitForSelector(".problems pre", { timeout: 30000 });
  result.problem = await page.locator(".problems pre").innerText();
  result.state = await page.locator(".state").innerText();
  result.pages_kept = (await images()).length;
  writeFileSync(toml, record);
  await page.waitForFunction(() => !document.querySelector(".problems"), null, { timeout: 30000 });
  result.mended = true;
} finally {
  await browser.close();
}
console.log(JSON.stringify(result, null, 1));
