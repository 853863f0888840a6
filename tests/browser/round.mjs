// The review round's approvals from the studio's round panel, in headless Chromium: each open
// table approved today with a click, the first with how it was approved typed in, then the
// draft made final; the gates follow. Reports what it saw as JSON on stdout.
//   node round.mjs URL_WITH_TOKEN OUT_DIR [CHROMIUM]
import { open, saved, report, example } from "./studio-lib.mjs";

const [url, out_dir, executable = "/usr/bin/chromium"] = process.argv.slice(2);
const { browser, ctx, result, origin } = await open(url, executable);
const approveButtons = (page) => page.locator("#view .round button.approve");

await report(browser, result, async () => {
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
});
