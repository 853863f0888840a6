// The year's page of the studio in headless Chromium: reached from the events list, the web
// article made and opened, the year archived (with verify's verdict), the yearbook made and
// its PDF fetched, the year record started and its title saved; axe and screenshots at 1280
// and 390 px. Reports what it saw as JSON.
//   node year.mjs URL_WITH_TOKEN OUT_DIR [CHROMIUM]
import { open, saved, report, axe } from "./studio-lib.mjs";

const [url, out_dir, executable = "/usr/bin/chromium"] = process.argv.slice(2);
const { browser, ctx, result, origin } = await open(url, executable, { bypassCSP: true });
const until = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 120000 });
const text = (page, sel) => page.locator(sel).first().innerText();

await report(browser, result, async () => {
  const page = await ctx.newPage();
  await page.goto(origin + "/", { waitUntil: "load" });
  await page.click("h2 a[href='/y/2022/']");
  await page.waitForSelector("#year-events li", { timeout: 30000 });
  result.heading = await text(page, "h1");
  result.next = await text(page, "#year-events li .facts");
  await page.screenshot({ path: `${out_dir}/year-1280.png`, fullPage: true });

  // The web article: made, then opened from its link.
  await page.click("#year-events li .web-run");
  await until(page, () => document.querySelector("#year-events li a.web-open") !== null);
  result.web_job = await text(page, "#year-events li .job");
  const href = await page.getAttribute("#year-events li a.web-open", "href");
  // Under the studio's policy for articles (axe's context ignores policies): the article's
  // own inline script runs, no console error.
  const strict = await browser.newContext();
  await strict.addCookies(await ctx.cookies());
  strict.on("console", (m) => { if (m.type() === "error") result.console_errors.push(`${m.text()} ${m.location().url}`); });
  const article = await strict.newPage();
  const answer = await article.goto(origin + href, { waitUntil: "load" });
  result.article = { status: answer.status(), title: await article.title(), h1: await text(article, "h1"),
    images: await article.evaluate(() => [...document.images].filter((i) => i.complete && i.naturalWidth > 0).length) };
  await strict.close();
  result.next_after_web = await text(page, "#year-events li .facts");

  // The archive, then its check.
  await page.click("#archive-run");
  await until(page, () => document.querySelector("#archive-job .verdict") !== null);
  result.archive_job = await text(page, "#archive-job");

  // The yearbook and its link.
  await page.click("#yearbook-run");
  await until(page, () => document.querySelector("#yearbook-job a.yearbook-open") !== null);
  result.yearbook_job = await text(page, "#yearbook-job");
  const pdf = await page.request.get(origin + await page.getAttribute("#yearbook-job a.yearbook-open", "href"));
  const head = (await pdf.body()).subarray(0, 5).toString();
  result.yearbook_pdf = { status: pdf.status(), type: pdf.headers()["content-type"], head };

  // The year record: started, then its title typed and saved.
  await page.click("text=Start the year record");
  await page.waitForSelector("#form .field", { timeout: 30000 });
  await page.$eval("#f-year-title", (e) => { for (let d = e.closest("details"); d; d = d.parentElement.closest("details")) d.open = true; });
  await page.fill("#f-year-title", "Praktijktafels 2022");
  await page.keyboard.press("Control+s");
  await saved(page);
  result.axe_1280 = await axe(page);
  await page.screenshot({ path: `${out_dir}/year-record-1280.png`, fullPage: true });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload({ waitUntil: "load" });
  await page.waitForSelector("#year-events li", { timeout: 30000 });
  await page.waitForSelector("#form .field", { timeout: 30000 });
  result.axe_390 = await axe(page);
  result.overflow_390 = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  await page.screenshot({ path: `${out_dir}/year-390.png`, fullPage: true });
});
