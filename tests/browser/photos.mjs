// Photos dropped on the studio's page, in headless Chromium: two photos dropped and given
// captions and alt texts; the same bytes again, other bytes under a taken name; a text file
// named .jpg, a HEIC, a 60 MB file and a name with ".." refused; the live report's PDF
// fetched for the test to read; axe-core and screenshots at 390 and 1280 px. Reports what it
// saw as JSON on stdout.
//   node photos.mjs URL_WITH_TOKEN PHOTOS_DIR OUT_DIR [CHROMIUM]
import { open, saved, axe, report, example } from "./studio-lib.mjs";
import { readFileSync, writeFileSync } from "node:fs";

const [url, fixtures, out_dir, executable = "/usr/bin/chromium"] = process.argv.slice(2);
const { browser, ctx, result, origin } = await open(url, executable, { bypassCSP: true });

const file = (name, path) => ({ name, b64: readFileSync(`${fixtures}/${path}`).toString("base64") });
const bytes = (name, text) => ({ name, b64: Buffer.from(text, "binary").toString("base64") });

/// Drops `files` on the page as a person would from a file manager, and waits until the
/// notice has said what became of the last one.
async function drop(page, files) {
  const dt = await page.evaluateHandle((files) => {
    const dt = new DataTransfer();
    for (const f of files) {
      const body = f.size ? new Uint8Array(f.size) : Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0));
      dt.items.add(new File([body], f.name));
    }
    return dt;
  }, files);
  await page.dispatchEvent("#photo-drop", "dragover", { dataTransfer: dt });
  await page.dispatchEvent("#photo-drop", "drop", { dataTransfer: dt });
  const last = files[files.length - 1].name;
  const said = await page.waitForFunction((n) => {
    const box = document.getElementById("notice");
    return box.textContent.includes(n) && box.innerText;
  }, last, { timeout: 30000 });
  return said.jsonValue();
}

await report(browser, result, async () => {
  const page = await ctx.newPage();
  await page.goto(origin + example, { waitUntil: "load" });
  await page.waitForSelector("#photo-drop", { timeout: 30000 });

  // Two photos dropped, then described.
  result.dropped = await drop(page, [file("Zonsondergang Soest.JPG", "sunset-640.jpg"), file("picos-500.webp", "picos-500.webp")]);
  const typed = [[5, "Zon boven de hei", "Een zonsondergang boven de heide"], [6, "Bergen in de mist", "Bergtoppen boven een wolkendek"]];
  for (const [i, caption, alt] of typed) {
    await page.locator(`#f-photos-${i}-caption`).fill(caption);
    await page.locator(`#f-photos-${i}-alt`).fill(alt);
  }
  await saved(page);
  result.thumbs = await page.evaluate(async () => {
    const imgs = [...document.querySelectorAll('section[data-key="photos"] img.thumb')];
    await Promise.all(imgs.map((i) => (i.complete ? null : new Promise((d) => { i.onload = d; i.onerror = d; }))));
    return imgs.map((i) => i.naturalWidth);
  });

  // The same bytes again are the same photo; other bytes under a taken name get a new one.
  result.again = await drop(page, [file("kopie.jpg", "sunset-640.jpg")]);
  result.other = await drop(page, [file("Zonsondergang Soest.jpg", "friends-alpha.png")]);
  await page.locator("#f-photos-7-caption").fill("Vrienden");
  await page.locator("#f-photos-7-alt").fill("Vrienden op een rij");
  await saved(page);

  // Refused, each with nothing kept.
  result.refused = await drop(page, [
    bytes("notities.jpg", "Dit is geen foto maar een boodschappenlijst.\n"),
    bytes("IMG_0001.HEIC", "\0\0\0\x18ftypheic\0\0\0\0mif1heic"),
    { name: "groot.jpg", size: 60 * 1024 * 1024 },
    bytes("..stiekem.jpg", "\xff\xd8\xff"),
  ]);
  result.photo_items = await page.locator('section[data-key="photos"] > details.item').count();

  // The live report follows: its PDF, as the page offers it, for the test to read.
  await page.waitForFunction(() => document.querySelectorAll("#view .problems li").length === 0 && document.querySelectorAll("#view ol.pages img").length > 0, null, { timeout: 60000 });
  const pdf = await page.evaluate(async (href) => {
    const r = await fetch(href, { credentials: "same-origin" });
    const b = new Uint8Array(await r.arrayBuffer());
    let s = "";
    for (const x of b) s += String.fromCharCode(x);
    return btoa(s);
  }, new URL("report.pdf", page.url()).href);
  writeFileSync(`${out_dir}/photos-preview.pdf`, Buffer.from(pdf, "base64"));

  await page.locator('details.item[data-key="photos[5]"] > summary').scrollIntoViewIfNeeded();
  result.views = {};
  for (const [name, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]]) {
    await page.setViewportSize({ width, height });
    await page.locator("#photo-drop").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${out_dir}/photos-${name}.png` });
    result.views[name] = {
      axe: await axe(page),
      overflow: await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth),
    };
  }
});
