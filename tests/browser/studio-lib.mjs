// What the studio's browser scripts share: Chromium with one context let in by the studio's
// address, every page's console errors collected, the "Saved" wait, axe-core's serious
// findings, and the JSON report on stdout.
import { chromium } from "playwright-core";
import { createRequire } from "node:module";

const axe_path = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
export const example = "/e/2022/2022-11-01-praktijktafel-amersfoort/";

/// Chromium at 1280 × 900, let in once (the token of `url` becomes the context's cookie).
/// `result.console_errors` gathers every page's errors, each with its address.
export async function open(url, executable, { bypassCSP = false } = {}) {
  const browser = await chromium.launch({ executablePath: executable, args: ["--no-sandbox"] });
  const result = { console_errors: [] };
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP });
  ctx.on("console", (m) => { if (m.type() === "error") result.console_errors.push(`${m.text()} ${m.location().url}`); });
  ctx.on("weberror", (e) => result.console_errors.push(String(e.error())));
  const first = await ctx.newPage();
  await first.goto(url);
  await first.close();
  return { browser, ctx, result, origin: new URL(url).origin };
}

/// Until the form says its change is saved.
export const saved = (page) => page.waitForFunction(() => /^Saved/.test(document.getElementById("save-state").textContent), null, { timeout: 20000 });

/// axe-core's serious and critical findings in the element `id` (the whole page by default).
export async function axe(page, id = null) {
  await page.addScriptTag({ path: axe_path });
  const found = await page.evaluate(async (id) => await window.axe.run(id ? document.getElementById(id) : document, { resultTypes: ["violations"] }), id);
  return found.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/// Runs `steps`, then prints `result` as JSON; a step that fails ends in `result.error` (and
/// what `failed()` adds) and exit code 1.
export async function report(browser, result, steps, failed = async () => {}) {
  try {
    await steps();
  } catch (e) {
    result.error = String(e);
    await failed();
    process.exitCode = 1;
  } finally {
    await browser.close();
  }
  console.log(JSON.stringify(result, null, 1));
}
