// The studio's first page in headless Chromium, as a double-clicked studio shows it: a path
// with `..` and a path to a file refused with the reason beside the field, then a typed empty
// folder taken as the events folder; axe and screenshots at 1280 and 390 px.
//   node first.mjs URL_WITH_TOKEN OUT_DIR DOTDOT FILE EMPTY [CHROMIUM]
import { open, report, axe } from "./studio-lib.mjs";

const [url, out_dir, dotdot, file, empty, executable = "/usr/bin/chromium"] = process.argv.slice(2);
const { browser, ctx, result, origin } = await open(url, executable, { bypassCSP: true });
const text = (page, sel) => page.locator(sel).first().innerText();

await report(browser, result, async () => {
  const page = await ctx.newPage();
  await page.goto(origin + "/", { waitUntil: "load" });
  result.heading = await text(page, "h1");
  result.offered = await page.locator("form ul.folders button").allInnerTexts();
  result.axe_1280 = await axe(page);
  await page.screenshot({ path: `${out_dir}/first-1280.png`, fullPage: true });

  const typed = async (path) => {
    await page.fill("input[name=path]", path);
    await Promise.all([page.waitForNavigation(), page.click("form.first button")]);
    return { heading: await text(page, "h1"), alert: await page.locator("[role=alert]").allInnerTexts() };
  };
  result.dotdot = await typed(dotdot);
  result.file = await typed(file);
  await page.setViewportSize({ width: 390, height: 844 });
  result.axe_390 = await axe(page);
  result.overflow_390 = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  await page.screenshot({ path: `${out_dir}/first-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  result.empty = await typed(empty);
  result.after = await text(page, "main");
});
