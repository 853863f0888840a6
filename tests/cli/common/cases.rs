//! The corpus of broken records: (folder under tests/records, the `--format short` lines
//! each must produce, without the file prefix). `check` and `build` both run every case.

/// What `--format short` prints for a case: its lines with the file prefix, then `summary`
/// after the count of errors ("found" for check, "found; no report was written ..." for
/// build); no count when there are only warnings.
pub fn expected(dir: &str, lines: &[&str], summary: &str) -> String {
    let errors = lines.iter().filter(|l| l.contains(": error: ")).count();
    let s = if errors == 1 { "" } else { "s" };
    let count = if errors == 0 {
        String::new()
    } else {
        format!("{errors} problem{s} {summary}\n")
    };
    lines
        .iter()
        .map(|line| format!("{dir}/event.toml:{line}\n"))
        .collect::<String>()
        + &count
}

pub const RECORDS: &[(&str, &[&str])] = &[
    (
        "2022/2022-11-01-unknown-key",
        &["14:1: error: unknown key `sumary` in `tables[0]` (hint: did you mean `summary`?)"],
    ),
    (
        "2022/2022-11-01-unknown-key-far",
        &[
            "7:1: error: unknown key `colour` in `event` (hint: keys allowed here: title, subtitle, kind, date, location, organizer, language, intro, core_group, status, review_by)",
        ],
    ),
    (
        "2022/2022-11-01-missing-organizer",
        &[
            "3:1: error: missing required key `event.organizer` (hint: add `organizer = \"...\"` in `event`)",
        ],
    ),
    (
        "2022/2022-11-01-blank-title",
        &[
            "4:9: error: `event.title` is blank (hint: write the text, or remove the key if it is optional)",
        ],
    ),
    (
        "2022/2022-11-01-duplicate-municipality",
        &[
            "16:16: error: `tables[1].municipality`: \"baarn\" already has a table (tables[0], line 10) (hint: each municipality has one table; merge the two tables)",
        ],
    ),
    (
        "2022/2022-11-01-two-covers",
        &[
            "25:9: error: `photos[1].cover`: a second cover photo (photos[0] is the cover, line 19) (hint: at most one photo has `cover = true`; remove it from the others)",
        ],
    ),
    (
        "2022/2022-11-01-version-2",
        &[
            "1:11: error: record format version 2 is not supported: this verslag reads version 1 (hint: set `version = 1`, or use the verslag release that wrote this record)",
        ],
    ),
    (
        "2022/2022-11-01-version-missing",
        &["1:1: error: missing required key `version` (hint: add `version = 1` at the top level)"],
    ),
    (
        "2021/2022-11-01-wrong-year",
        &[
            "5:8: error: `event.date` is in 2022, but the event folder is in the year folder \"2021\" (hint: keep events as events/2022/2022-11-01-<name>/, or correct the date)",
        ],
    ),
    (
        "2022/2022-10-31-wrong-date",
        &[
            "5:8: error: `event.date` is 2022-11-01, but the event folder is named \"2022-10-31-wrong-date\" (hint: name the folder 2022-11-01-<name> (e.g. 2022-11-01-praktijktafel), or correct the date)",
        ],
    ),
    (
        "2022/2022-11-01-photo-dotdot",
        &[
            "16:8: error: `photos[0].file`: \"../2022-11-01-valid-minimal/event.toml\" leaves the event folder (hint: photos live inside the event folder; write a path like \"photos/name.jpg\" (no `..`, no leading `/`))",
        ],
    ),
    (
        "2022/2022-11-01-photo-absolute",
        &[
            "16:8: error: `photos[0].file`: \"/etc/passwd\" leaves the event folder (hint: photos live inside the event folder; write a path like \"photos/name.jpg\" (no `..`, no leading `/`))",
        ],
    ),
    (
        "2022/2022-11-01-photo-link-out",
        &[
            "16:8: error: `photos[0].file`: \"photos/out.jpg\" is a link that leads out of the event folder (hint: copy the photo into the event folder instead of linking to it)",
        ],
    ),
    (
        "2022/2022-11-01-photo-missing",
        &[
            "16:8: error: `photos[0].file`: no file \"photos/missing.jpg\" (hint: paths are relative to the event folder tests/records/2022/2022-11-01-photo-missing; check the spelling and the extension)",
        ],
    ),
    (
        "2022/2022-11-01-photo-text",
        &[
            "16:8: error: `photos[0].file`: \"photos/notes.png\" is a text file, not a JPEG, PNG or WebP photo (hint: export or save the photo as JPEG (or PNG/WebP) and name that file)",
        ],
    ),
    (
        "2022/2022-11-01-photo-tiff",
        &[
            "16:8: error: `photos[0].file`: \"photos/scan.jpg\" is a TIFF image, not a JPEG, PNG or WebP photo (hint: export or save the photo as JPEG (or PNG/WebP) and name that file)",
        ],
    ),
    (
        "2022/2022-11-01-photo-heic",
        &[
            "16:8: error: `photos[0].file`: \"photos/iphone.jpg\" is a HEIC/HEIF or video file (iPhone format), not a JPEG, PNG or WebP photo (hint: an iPhone saves HEIC: mail or AirDrop the photo to yourself, which turns it into JPEG, or set the iPhone to Settings > Camera > Formats > Most Compatible for the next event; then name the JPEG file)",
        ],
    ),
    (
        "2022/2022-11-01-photo-case",
        &[
            "17:8: error: `photos[0].file`: \"photos/img_0001.jpg\" differs in capitals from the file \"photos/IMG_0001.JPG\" (hint: write \"photos/IMG_0001.JPG\": on other computers capitals count)",
        ],
    ),
    (
        "2022/2022-11-01-photo-typo",
        &[
            "17:8: error: `photos[0].file`: no file \"photos/IMG_0002.JPG\" (hint: did you mean \"photos/IMG_0001.JPG\"? Paths are relative to the event folder tests/records/2022/2022-11-01-photo-typo)",
        ],
    ),
    (
        "2022/2022-11-01-photo-backslash",
        &[
            "17:8: error: `photos[0].file`: \"photos\\IMG_0001.JPG\" has a \\ between folders (hint: write / between folders: \"photos/IMG_0001.JPG\")",
        ],
    ),
    (
        "2022/2022-11-01-utf16-no-bom",
        &[
            "1:1: error: the file looks saved as UTF-16 without a byte order mark (hint: save the file as UTF-8 in your editor (\"Save as\", encoding UTF-8))",
        ],
    ),
    (
        "2022/2022-11-01-photo-folder",
        &[
            "16:8: error: `photos[0].file`: \"photos/album.jpg\" is a folder, not a photo (hint: name the photo file itself, e.g. \"photos/name.jpg\")",
        ],
    ),
    (
        "2022/2022-11-01-photo-empty",
        &[
            "16:8: error: `photos[0].file`: \"photos/empty.jpg\" is an empty file, not a JPEG, PNG or WebP photo (hint: export or save the photo as JPEG (or PNG/WebP) and name that file)",
        ],
    ),
    (
        "2022/2022-11-01-wrong-type",
        &[
            "13:13: error: `tables[0].solutions` must be an array of strings, not a string (hint: write a list: `solutions = [\"first\", \"second\"]`)",
        ],
    ),
    (
        "2022/2022-11-01-no-tables",
        &["1:1: error: missing `[[tables]]`: at least 1 needed (hint: add a `[[tables]]` section)"],
    ),
    (
        "2022/2022-11-01-empty-solutions",
        &[
            "13:13: error: `tables[0].solutions` is empty: at least 1 item needed (hint: write at least one: `solutions = [\"first\", \"second\"]`)",
        ],
    ),
    (
        "2022/2022-11-01-syntax-error",
        &[
            "4:23: error: TOML syntax: invalid basic string, expected `\"` (hint: text goes in double quotes; use \"\"\" ... \"\"\" for text over several lines)",
        ],
    ),
    (
        "2022/2022-11-01-duplicate-key",
        &[
            "7:1: error: TOML syntax: duplicate key `title`: it is already set earlier in this table (hint: each key may appear once per table; remove or rename the second one)",
        ],
    ),
    (
        "2022/2022-11-01-invalid-date",
        &[
            "5:8: error: TOML syntax: invalid date, expected month between 01 and 12 (hint: write the day as 2022-11-01 (year-month-day, without quotes))",
        ],
    ),
    (
        "2022/2022-11-01-date-with-time",
        &[
            "5:8: error: `event.date` must be a date, not a date with a time (hint: write the day without quotes and without a time, e.g. `date = 2022-11-01`)",
        ],
    ),
    (
        "2022/2022-11-01-language-de",
        &[
            "7:12: error: `event.language` must be \"nl\" or \"en\", not \"de\" (hint: write `language = \"nl\"` (Dutch, the default) or `language = \"en\"`)",
        ],
    ),
    (
        "2022/2022-11-01-invalid-utf8",
        &[
            "4:13: error: the file is not UTF-8 text: byte 0xE9 cannot start a character here (hint: save the file as UTF-8 in your editor (\"Save as\", encoding UTF-8))",
        ],
    ),
    (
        "2022/2022-11-01-many-problems",
        &[
            "1:11: error: record format version 3 is not supported: this verslag reads version 1 (hint: set `version = 1`, or use the verslag release that wrote this record)",
            "4:9: error: `event.title` is blank (hint: write the text, or remove the key if it is optional)",
            "14:1: error: unknown key `sumary` in `tables[0]` (hint: did you mean `summary`?)",
            "17:8: error: `photos[0].file`: \"../x.jpg\" leaves the event folder (hint: photos live inside the event folder; write a path like \"photos/name.jpg\" (no `..`, no leading `/`))",
        ],
    ),
    (
        "2022/2022-11-01-nul-byte",
        &[
            "4:18: error: TOML syntax: an invisible control character (U+0000) is here (hint: delete it: retype the text around this place (it may have come in with a copy and paste))",
        ],
    ),
    (
        "2022/2022-11-01-deep-nesting",
        &[
            "2:88: error: TOML syntax: too many `[` or `{` inside one another (hint: a record nests a few levels at most; see docs/record-format.md)",
        ],
    ),
    (
        "2022/2022-11-01-too-many-tables",
        &[
            "9:1: error: `tables` has 101 entries; at most 100 fit a report (hint: leave out entries, or split the event into several records)",
        ],
    ),
    (
        "2022/2022-11-01-glyph-missing",
        &[
            "11:17: error: `tables[0].host.name`: the character '王' (U+738B) is in none of the report's fonts and would print as a box (hint: the bundled fonts cover Latin, Greek, Cyrillic, Arabic, Hebrew and emoji up to Unicode 9 (2016); to print it, add a font that has it to a brand (in brand.toml: [fonts] files = [\"fonts/NotoSansJP-Regular.otf\"] and fallback = [\"Noto Sans JP\"]) and pass --brand, or write it in Latin letters)",
        ],
    ),
    (
        "2022/2022-11-01-figure-huge",
        &[
            "14:9: error: `facts.figures[0].value` is too large to print: 1e300 (hint: a figure is at most 999 999 999 999 999; write large amounts in a unit such as `unit = \"miljoen euro\"`)",
            "18:9: error: `facts.figures[1].value` is too large to print: -2e15 (hint: a figure is at most 999 999 999 999 999; write large amounts in a unit such as `unit = \"miljoen euro\"`)",
        ],
    ),
    (
        "2022/2022-11-01-control-escape",
        &[
            "4:9: error: `event.title` holds an invisible control character (U+0000) (hint: remove it: an escape such as \\u0000 or a pasted control character does not print)",
            "11:17: error: `tables[0].host.name` holds an invisible control character (U+001B) (hint: remove it: an escape such as \\u0000 or a pasted control character does not print)",
        ],
    ),
    (
        "2022/2022-11-01-empty-record",
        &[
            "1:1: error: missing required key `version` (hint: add `version = 1` at the top level)",
            "1:1: error: missing required key `event` (hint: add the `[event]` section)",
            "1:1: error: missing `[[tables]]`: at least 1 needed (hint: add a `[[tables]]` section)",
        ],
    ),
    (
        "2022/2022-11-01-figure-thousands",
        &[
            "21:9: error: `facts.figures[0].value`: 2.345 is read as two point three four five; write 2345 (or 2_345) (hint: for a decimal, write four digits after the point: 2.3450)",
            "26:9: error: `facts.figures[1].value`: -2.345 is read as minus two point three four five; write -2345 (or -2_345) (hint: for a decimal, write four digits after the point: -2.3450)",
            "30:9: error: `facts.figures[2].value`: 12.500 is read as twelve point five zero zero; write 12500 (or 12_500) (hint: for a decimal, write four digits after the point: 12.5000)",
        ],
    ),
    (
        "2022/2022-11-01-figure-dutch-points",
        &[
            "21:14: error: TOML syntax: 1.091.879 is not a number; write 1091879 (or 1_091_879) (hint: TOML reads no points between thousands: write the digits alone, or with _ between them; a decimal takes one point: 2.5)",
        ],
    ),
    (
        "2022/2022-11-01-figure-comma",
        &[
            "21:10: error: TOML syntax: 2,5 is not a number; write 2.5 (hint: a decimal takes a point, not a comma; thousands take no separator (2345 or 2_345))",
        ],
    ),
    (
        "2022/2022-11-01-placeholders",
        &[
            "4:9: error: `event.title` is still the text `verslag new` wrote (hint: write what belongs here, or remove the key if it is optional)",
            "12:17: error: `tables[0].host.name` is still the text `verslag new` wrote (hint: write what belongs here, or remove the key if it is optional)",
            "14:14: error: `tables[0].solutions[0]` is still the text `verslag new` wrote (hint: write what belongs here, or remove the key if it is optional)",
            "20:8: error: `closing.quotes[0].text` is still the text `verslag new` wrote (hint: write what belongs here, or remove the key if it is optional)",
            "21:46: error: `closing.quotes[0].speaker.organization` is still the text `verslag new` wrote (hint: write what belongs here, or remove the key if it is optional)",
        ],
    ),
    (
        "2023/2023-03-14-date-slashes",
        &[
            "5:8: error: TOML syntax: `date = 2023/03/14` is not a date (hint: write the day as 2023-03-14 (year-month-day, without quotes))",
        ],
    ),
    (
        "2023/2023-03-14-date-words",
        &[
            "5:8: error: TOML syntax: `date = 14 maart` is not a date (hint: write the day as 2023-03-14 (year-month-day, without quotes))",
        ],
    ),
    (
        "2023/2023-03-14-review-by-unquoted",
        &[
            "8:13: error: TOML syntax: invalid date, expected a four-digit year (YYYY) (hint: write the day as 2023-03-28 (year-month-day, without quotes))",
        ],
    ),
    (
        "2023/2023-03-14-approved-slashes",
        &[
            "14:12: error: TOML syntax: `approved = 2023/03/21` is not a date (hint: write the day as 2023-03-21 (year-month-day, without quotes))",
        ],
    ),
];

/// Records that check and build, with warnings: (folder, the warnings' `--format short` lines).
pub const WARNINGS: &[(&str, &[&str])] = &[
    (
        "2022/2022-11-01-figure-thousands-en",
        &[
            "21:9: warning: `facts.figures[0].value`: 2.345 is read as two point three four five; write 2345 (or 2_345) (hint: for a decimal, write four digits after the point: 2.3450)",
        ],
    ),
    (
        "2022/2022-11-01-photo-no-alt",
        &[
            "18:11: warning: `photos[0]` has no `alt`: screen readers will read its caption \"Wethouder Şükrü Çelik luistert\" instead (hint: add `alt = \"...\"` to photos[0] saying what is seen in the photo; the caption says what happened, the alt text what is seen)",
        ],
    ),
    (
        "2022/2022-11-01-solutions-one-list",
        &[
            "14:13: warning: `tables[0].solutions` has one solution that reads like a list of 3 (hint: give each solution its own quotes: solutions = [\"Een aanspreekpunt\", \"stage omzetten\", \"nazorg\"])",
        ],
    ),
];
