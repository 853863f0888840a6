// The website step on the studio's event page, in headless Chromium: a wrong application
// password refused and asked for again, a dry run that lists what would happen, then the run
// that makes the draft post, with its link; axe at 1280 and 390 px. Reports what it saw.
//   node publish.mjs URL_WITH_TOKEN OUT_DIR USER PASSWORD [CHROMIUM]
import { open, report, axe, example } from "./studio-lib.mjs";

const [url, out_dir, user, password, executable = "/usr/bin/chromium"] = process.argv.slice(2);
const { browser, ctx, result, origin } = await open(url, executable, { bypassCSP: true });
const until = (page, fn) => page.waitForFunction(fn, null, { timeout: 120000 });
const text = (page, sel) => page.locator(sel).first().innerText();

await report(browser, result, async () => {
  const page = await ctx.newPage();
  await page.goto(origin + example, { waitUntil: "load" });
  await page.waitForSelector("#publish #publish-run", { timeout: 60000 });
  result.heading = await text(page, "#publish h3");
  result.site = await text(page, "#publish p.muted");

  await page.fill("#publish-user", user);
  await page.fill("#publish-password", "wrong password");
  await page.click("#publish-run");
  await until(page, () => /refused the login/.test(document.querySelector("#publish")?.textContent ?? ""));
  result.after_refusal = { value: await page.inputValue("#publish-password"), focus: await page.evaluate(() => document.activeElement.id) };

  await page.fill("#publish-password", password);
  await page.click("#publish-dry");
  await until(page, () => /dry run:/i.test(document.querySelector("#publish .job")?.textContent ?? ""));
  result.dry = await text(page, "#publish .job");
  result.password_after_dry = await page.inputValue("#publish-password");

  await page.fill("#publish-password", password);
  await page.click("#publish-run");
  await until(page, () => /Draft post \d+ made/.test(document.querySelector("#publish .job")?.textContent ?? ""));
  result.run = await text(page, "#publish .job");
  await until(page, () => document.querySelector("#publish a[href*='wp-admin/post.php']") !== null);
  result.edit = await page.getAttribute("#publish a[href*='wp-admin/post.php']", "href");
  await page.locator("#publish").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out_dir}/publish-1280.png` });
  result.axe_1280 = await axe(page);
  await page.setViewportSize({ width: 390, height: 844 });
  result.axe_390 = await axe(page);
  result.overflow_390 = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
});
