// The problems of a record at their fields, in headless Chromium: for an English and a Dutch
// page, each problem's text beside its field (or above the form), aria-invalid and
// aria-describedby on the control, a folded item marked; the list's link goes to the field;
// axe-core and screenshots at 390 and 1280 px; then both record problems mended in the form.
// Reports what it saw as JSON on stdout.
//   node problems.mjs URL_WITH_TOKEN OUT_DIR [CHROMIUM]
import { open, axe, report, example } from "./studio-lib.mjs";

const [url, out_dir, executable = "/usr/bin/chromium"] = process.argv.slice(2);
const { browser, ctx, result, origin } = await open(url, executable, { bypassCSP: true });

/// Every problem shown in the form: where, what, and how a screen reader reaches it.
const shown = (page) => page.evaluate(() => ({
  count: document.querySelector("#problems-top .count")?.textContent ?? "",
  at: [...document.querySelectorAll("#record .problem-here:not(.count)")].map((p) => ({
    key: p.closest("#problems-top") ? "top" : p.closest("[data-key]")?.dataset.key,
    text: p.textContent,
    described: [...document.querySelectorAll("[aria-describedby]")].filter((c) => c.getAttribute("aria-describedby").split(" ").includes(p.id)).map((c) => c.id),
  })),
  invalid: [...document.querySelectorAll("#record [aria-invalid=true]")].map((c) => c.id),
  marked: [...document.querySelectorAll("#record summary.has-problem")].map((s) => s.parentElement.dataset.key),
}));

await report(browser, result, async () => {
  for (const lang of ["nl", "en"]) {
    await ctx.addCookies([{ name: "verslag_lang", value: lang, url: origin }]);
    const page = await ctx.newPage();
    await page.goto(origin + example, { waitUntil: "load" });
    await page.waitForFunction(() => document.querySelectorAll("#record .problem-here:not(.count)").length >= 3, null, { timeout: 30000 });
    result[lang] = await shown(page);
    if (lang === "en") {
      result.views = {};
      for (const [name, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]]) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: `${out_dir}/problems-${name}.png` });
        result.views[name] = await axe(page);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      // The list's link opens the folded photo and goes to its field.
      await page.locator('#view li[data-key="photos[1].file"] a.to-field').click();
      result.link_focus = await page.evaluate(() => document.activeElement.id);
      // Mended in the form, each problem goes.
      await page.locator('#view li[data-key="tables[1].question"] a.to-field').click();
      await page.locator("#f-tables-1-question").fill("Hoe vinden statushouders werk?");
      await page.locator("#f-photos-1-file").fill("photos/sunset_by_Aitzol_Berasategi.jpg");
      await page.waitForFunction(() => document.querySelectorAll("#form .problem-here").length === 0, null, { timeout: 30000 });
      result.mended = await shown(page);
    }
    await page.close();
  }
});
