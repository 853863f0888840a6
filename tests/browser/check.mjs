// Loads a web article in headless Chromium at phone and desktop width and reports, as JSON
// on stdout: console errors, failed requests, requests to other hosts, images that did not
// decode, fold-outs that did not open, whether the title is visible, axe-core's serious and
// critical violations, and the screenshots it took. Run by tests/cli/browser.rs:
//   node check.mjs PAGE.html OUT_DIR [CHROMIUM]
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const [page_path, out_dir, executable = "/usr/bin/chromium"] = process.argv.slice(2);
const axe_path = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const url = pathToFileURL(page_path).href;
const browser = await chromium.launch({ executablePath: executable, args: ["--no-sandbox"] });
const result = {};
try {
  for (const [name, width, height] of [["phone", 390, 844], ["desktop", 1280, 800]]) {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const r = { console_errors: [], failed_requests: [], other_hosts: [] };
    page.on("console", (m) => { if (m.type() === "error") r.console_errors.push(m.text()); });
    page.on("pageerror", (e) => r.console_errors.push(String(e)));
    page.on("dialog", (d) => { r.console_errors.push(`dialog: ${d.message()}`); d.dismiss(); });
    page.on("requestfailed", (q) => r.failed_requests.push(q.url()));
    page.on("request", (q) => { if (!q.url().startsWith("file:") && !q.url().startsWith("data:")) r.other_hosts.push(q.url()); });
    await page.goto(url, { waitUntil: "load" });
    const h1 = page.locator("h1");
    r.title_visible = (await h1.count()) === 1 && (await h1.isVisible()) && (await h1.boundingBox()).y < height;
    // Lazy images load as they come into view.
    for (const img of await page.locator("img").all()) await img.scrollIntoViewIfNeeded();
    await page.waitForLoadState("networkidle");
    r.images = await page.$$eval("img", (imgs) => imgs.map((i) => ({ src: i.currentSrc, ok: i.complete && i.naturalWidth > 0 })));
    const summaries = await page.locator("details > summary").all();
    for (const s of summaries) await s.click();
    r.details = await page.$$eval("details", (ds) => ds.map((d) => d.open));
    r.fonts = await page.evaluate(async () => { await document.fonts.ready; return [...document.fonts].filter((f) => f.status === "loaded").map((f) => `${f.family} ${f.weight} ${f.style}`); });
    await page.evaluate(() => window.scrollTo(0, 0));
    r.screenshot = `${out_dir}/${name}.png`;
    await page.screenshot({ path: r.screenshot, fullPage: true });
    // axe-core fetches style sheets itself, which file:// refuses: what it causes is not the page's.
    page.removeAllListeners("console");
    page.removeAllListeners("requestfailed");
    await page.addScriptTag({ path: axe_path });
    const axe = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
    r.axe = axe.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    result[name] = r;
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(result, null, 1));
