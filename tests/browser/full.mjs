// A full disk under the studio's form, in headless Chromium: the disk is filled, a title is
// typed, the save fails and says why while the title stays on the page; the disk is freed
// and the change is saved by the page's own retry. Reports what it saw as JSON on stdout.
//   node full.mjs URL_WITH_TOKEN FILLER_PATH OUT_DIR [CHROMIUM]
import { open, report, example } from "./studio-lib.mjs";
import { openSync, writeSync, closeSync, rmSync } from "node:fs";

const [url, filler, out_dir, executable = "/usr/bin/chromium"] = process.argv.slice(2);
const { browser, ctx, result, origin } = await open(url, executable);

/// Writes until the disk says no more, in ever smaller pieces.
function fill(path) {
  const fd = openSync(path, "w");
  for (const size of [1 << 20, 1 << 12, 1]) {
    const chunk = Buffer.alloc(size, 120);
    try { for (;;) writeSync(fd, chunk); } catch { /* full at this size */ }
  }
  closeSync(fd);
}

await report(browser, result, async () => {
  const page = await ctx.newPage();
  await page.goto(origin + example, { waitUntil: "load" });
  await page.waitForSelector("#form .field", { timeout: 30000 });
  fill(filler);
  await page.locator("#f-event-title").fill("Een kop op een volle schijf");
  await page.waitForFunction(() => /disk is full/.test(document.getElementById("notice").textContent), null, { timeout: 20000 });
  result.notice = await page.locator("#notice").innerText();
  result.state = await page.locator("#save-state").innerText();
  result.title_kept = await page.locator("#f-event-title").inputValue();
  await page.screenshot({ path: `${out_dir}/form-disk-full.png` });
  rmSync(filler);
  await page.waitForFunction(() => /^Saved/.test(document.getElementById("save-state").textContent), null, { timeout: 30000 });
  result.saved = true;
  result.notice_after = await page.locator("#notice").innerText();
});
