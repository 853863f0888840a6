// The review round's approvals from the studio's round panel, in headless Chromium: each open
// table approved today with a click, the first with how it was approved typed in, then the
// draft made final; the gates follow. Reports what it saw as JSON on stdout.
//   node round.mjs URL_WITH_TOKEN OUT_DIR [CHROMIUM]
import { chromium } from "playwright-core";

const [url, out_dir, executable = "/usr/bin/chromium"] = process.argv.slice(2);
const origin = new URL(url).origin;
const example = "/e/2022/2022-11-01-praktijktafel-amersfoort/";
const browser = await chromium.launch({ executablePath: executable, args: ["--no-sandbox"] });
const result = { console_errors: [] };
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
ctx.on("console", (m) => { if (m.type() === "error") result.console_errors.push(`${m.text()} ${m.location().url}`); });
ctx.on("weberror", (e) => result.console_errors.push(String(e.error())));
const saved = (page) => page.waitForFunction(() => /^Saved/.test(document.getElementById("save-state").textContent), null, { timeout: 20000 });
const approveButtons = (page) => page.locator("#view .round button.approve");

try {
  const first = await ctx.newPage();
  await first.goto(url);
  await first.close();
  const page = await ctx.newPage();
  await page.goto(origin + example, { waitUntil: "load" });
  await page.waitForSelector("#form .field", { timeout: 30000 });
  await page.waitForFunction(() => document.querySelectorAll("#view .round button.approve").length === 5, null, { timeout: 30000 });
  result.gates_before = await page.locator("#view .round .gate").allInnerTexts();
  await approveButtons(page).first().click();
  result.focus = await page.evaluate(() => document.activeElement.id);
  await page.keyboard.type("akkoord per mail");
  await saved(page);
  for (let left = 4; left > 0; left--) {
    await page.waitForFunction((n) => document.querySelectorAll("#view .round button.approve").length === n, left, { timeout: 30000 });
    await approveButtons(page).first().click();
    await saved(page);
  }
  await page.waitForSelector("#view .round button.make-final", { timeout: 30000 });
  await page.locator("#view .round").screenshot({ path: `${out_dir}/round-approved.png` });
  await page.locator("#view .round button.make-final").click();
  await saved(page);
  await page.waitForFunction(() => /the record is ready for it/.test(document.querySelector("#view .round")?.textContent ?? "")
    && !document.querySelector("#view .round button"), null, { timeout: 30000 });
  result.gates_after = await page.locator("#view .round .gate").allInnerTexts();
  result.state_after = await page.locator("#view .round > p").first().innerText();
} catch (e) {
  result.error = String(e);
  process.exitCode = 1;
} finally {
  await browser.close();
}
console.log(JSON.stringify(result, null, 1));
