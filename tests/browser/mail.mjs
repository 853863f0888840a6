// The round's mail from the studio's event page, in headless Chromium: the review mail
// written, read and sent (a wrong password first: refused and asked again), the five tables
// approved and the draft made final, then the final mail written and sent with its send
// button clicked twice and a second send posted at once. Reports what it saw as JSON.
//   node mail.mjs URL_WITH_TOKEN OUT_DIR PASSWORD [CHROMIUM]
import { open, saved, report, axe, example } from "./studio-lib.mjs";

const [url, out_dir, password, executable = "/usr/bin/chromium"] = process.argv.slice(2);
const { browser, ctx, result, origin } = await open(url, executable, { bypassCSP: true });
const text = (page, sel) => page.locator(sel).first().innerText();
const until = (page, fn, arg) => page.waitForFunction(fn, arg, { timeout: 60000 });

/// Writes the messages of the present step, then sends them with the password.
async function writeAndSend(page, heading, clickTwice) {
  await until(page, (h) => document.querySelector("#mail h3")?.textContent === h, heading);
  await page.waitForSelector("#mail-write", { timeout: 30000 });
  await page.click("#mail-write");
  await until(page, () => document.querySelectorAll("#mail details.letter dl").length === 5);
  await page.fill("#mail-password", password);
  const sending = page.locator("#mail-send-button");
  if (clickTwice) {
    await sending.dblclick();
    // And a second send straight from the page, as a second tab would post it.
    result.second_send = await page.evaluate(async ([base, password]) => {
      const r = await fetch(base, { method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ kind: "final", password }) });
      return r.status;
    }, [example + "mail/send", password]);
  } else {
    await sending.click();
  }
  await until(page, () => /5 sent, 0 not sent\./.test(document.querySelector("#mail .job")?.textContent ?? ""));
  return text(page, "#mail .job");
}

await report(browser, result, async () => {
  const page = await ctx.newPage();
  await page.goto(origin + example, { waitUntil: "load" });
  await page.waitForSelector("#form .field", { timeout: 30000 });
  await until(page, () => document.querySelectorAll("#mail li[data-municipality]").length === 5);
  result.review_heading = await text(page, "#mail h3");
  result.unwritten = await text(page, "#mail .letters");

  // The review mail: written, one message opened and read, a wrong password refused.
  await page.click("#mail-write");
  await until(page, () => document.querySelectorAll("#mail details.letter dl").length === 5);
  await page.locator("#mail details.letter summary").first().click();
  result.first_letter = await text(page, "#mail details.letter[open]");
  await page.fill("#mail-password", "fout");
  await page.click("#mail-send-button");
  await until(page, () => /refused the login/.test(document.querySelector("#mail")?.textContent ?? ""));
  await page.waitForFunction(() => document.activeElement?.id === "mail-password", null, { timeout: 10000 }).catch(() => {});
  result.after_refusal = { value: await page.inputValue("#mail-password"), focus: await page.evaluate(() => document.activeElement.id) };
  await page.locator("#mail").screenshot({ path: `${out_dir}/mail-review.png` });
  await page.fill("#mail-password", password);
  await page.click("#mail-send-button");
  await until(page, () => /5 sent, 0 not sent\./.test(document.querySelector("#mail .job")?.textContent ?? ""));
  result.review_job = await text(page, "#mail .job");

  // The approvals, then final.
  for (let left = 5; left > 0; left--) {
    await until(page, (n) => document.querySelectorAll("#view .round button.approve").length === n, left);
    await page.locator("#view .round button.approve").first().click();
    await saved(page);
  }
  await page.waitForSelector("#view .round button.make-final", { timeout: 30000 });
  await page.locator("#view .round button.make-final").click();
  await saved(page);

  // The final mail, its send button clicked twice.
  result.final_job = await writeAndSend(page, "The final mail", true);
  await until(page, () => /Every message has gone out/.test(document.querySelector("#mail")?.textContent ?? ""));
  result.final_state = await text(page, "#mail .letters");
  await page.locator("#mail").screenshot({ path: `${out_dir}/mail-final-1280.png` });
  result.axe_1280 = await axe(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator("#mail").scrollIntoViewIfNeeded();
  await page.locator("#mail").screenshot({ path: `${out_dir}/mail-final-390.png` });
  result.axe_390 = await axe(page);
  result.overflow_390 = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
});
