// The README's pictures for organisers: each step of the round in the studio, in Dutch, at
// 1280 × 800. Run by docs/organisers/shots.sh, which starts the studio it visits.
//   node tour.mjs FIRST_URL URL OUT_DIR [CHROMIUM]
import { open, report } from "./studio-lib.mjs";

const [first_url, url, out, executable = "/usr/bin/chromium"] = process.argv.slice(2);
const shot = (page, name) => page.screenshot({ path: `${out}/${name}.png` });
const until = (page, fn) => page.waitForFunction(fn, null, { timeout: 120000 });

const first = await open(first_url, executable);
await report(first.browser, first.result, async () => {
  const page = await first.ctx.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(first.origin + "/");
  await shot(page, "1-eerste-keer");
});

const { browser, ctx, result, origin } = await open(url, executable);
await report(browser, result, async () => {
  const page = await ctx.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(origin + "/");
  await shot(page, "2-bijeenkomsten");
  await page.click("ul.events li a");
  await page.waitForSelector("#form .field");
  await page.waitForSelector("ol.pages img");
  await shot(page, "3-bijeenkomst");
  await page.evaluate(() => document.querySelector("section.round").scrollIntoView());
  await shot(page, "4-ronde");
  await page.click("#mail-write");
  await until(page, () => document.querySelectorAll("#mail details.letter dl").length === 5);
  await page.locator("#mail details.letter summary").first().click();
  await page.evaluate(() => document.querySelector("#mail").scrollIntoView());
  await shot(page, "5-mail");
  await page.goto(origin + "/y/2022/");
  await page.waitForSelector("#year-events li");
  await page.click("#year-events li .web-run");
  await until(page, () => document.querySelector("a.web-open") !== null);
  await page.click("#yearbook-run");
  await until(page, () => document.querySelector("a.yearbook-open") !== null);
  await page.screenshot({ path: `${out}/6-jaar.png`, fullPage: true });
});
