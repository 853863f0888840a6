### What verslag says about problems, in English. Every id is in nl.ftl too, with the same
### arguments (a test holds it). Arguments are names and values as typed: never translate them.

## The words around a problem

word-error = error
word-warning = warning
word-hint = hint
origin-env = environment variable { $name }

## The record as TOML

place-top = at the top level
place-in = in `{ $path }`
unknown-key = unknown key `{ $name }` { $place }
hint-did-you-mean-key = did you mean `{ $name }`?
hint-keys-allowed = keys allowed here: { $keys }
missing-key = missing required key `{ $path }`
hint-add-section = add the `[{ $key }]` section
hint-add-key = add `{ $key } = { $example }` { $place }
wrong-type = `{ $path }` must be { $expected }, not { $found }
kind-string = a string
kind-integer = an integer
kind-decimal = a decimal number
kind-boolean = a boolean
kind-date-time = a date with a time
kind-time = a time
kind-date = a date
kind-array = an array
kind-table = a table
expected-true-false = true or false
expected-small-whole-number = a small whole number
expected-whole-number = a whole number
expected-number = a number
expected-finite-number = a finite number
expected-list-of-texts = an array of strings
expected-list-of-tables = an array of tables
hint-true-false = write `true` or `false` without quotes
hint-whole-number = use a whole number
hint-number-without-quotes = write a number without quotes
hint-figure-without-quotes = write the number without quotes, e.g. `value = 12.5`; put its unit in `unit`
number-too-large = `{ $path }` is too large to print: { $value }
hint-number-too-large = a figure is at most 999 999 999 999 999; write large amounts in a unit such as `unit = "miljoen euro"`
hint-ordinary-number = use an ordinary number
hint-date = write the day without quotes and without a time, e.g. `{ $key } = { $example }`
list-example = { $key } = ["first", "second"]
hint-list = write a list: `{ $example }`
list-empty = `{ $path }` is empty: at least { $min } item needed
hint-list-one = write at least one: `{ $example }`
list-too-long = `{ $path }` has { $count } items; at most { $max } fit a report
hint-list-too-long = keep the list to what was said at the table; merge or leave out items
sections-missing = missing `[[{ $path }]]`: at least { $min } needed
hint-add-sections = add a `[[{ $path }]]` section
hint-each-entry = write each entry as its own `[[{ $path }]]` section
sections-empty = `{ $path }` is empty: at least { $min } needed
sections-too-many = `{ $path }` has { $count } entries; at most { $max } fit a report
hint-sections-too-many = leave out entries, or split the event into several records
hint-table = write it as a `[section]` or `{"{"} key = ... {"}"}`
hint-string = put the text in double quotes: "..."
text-too-long = `{ $path }` is { $count } characters long; a text may be at most { $max }
hint-text-too-long = shorten it: a report is read on paper
text-blank = `{ $path }` is blank
hint-text-blank = write the text, or remove the key if it is optional
text-control-character = `{ $path }` holds an invisible control character ({ $code })
hint-text-control-character = remove it: an escape such as \u0000 or a pasted control character does not print
text-placeholder = `{ $path }` is still the text `verslag new` wrote
hint-text-placeholder = write what belongs here, or remove the key if it is optional
text-missing-glyph = `{ $path }`: the character '{ $character }' ({ $code }) is in none of the report's fonts and would print as a box

## The record's rules

municipality-twice = `tables[{ $i }].municipality`: "{ $name }" already has a table (tables[{ $first }], line { $line })
hint-municipality-twice = each municipality has one table; merge the two tables
second-cover = `{ $photo }.cover`: a second cover photo ({ $cover } is the cover, line { $line })
hint-second-cover = at most one photo has `cover = true`; remove it from the others
date-year-folder = `event.date` is in { $year }, but the event folder is in the year folder "{ $folder }"
hint-date-year-folder = keep events as events/{ $year }/{ $iso }-<name>/, or correct the date
date-folder-name = `event.date` is { $iso }, but the event folder is named "{ $folder }"
hint-date-folder-name = name the folder { $iso }-<name> (e.g. { $iso }-praktijktafel), or correct the date
draft-without-review-by = a draft needs `event.review_by`: the day until which the aldermen may react
hint-draft-without-review-by = add `review_by = 2022-11-15` (a date, without quotes) in [event]
review-by-before-event = `event.review_by` { $day } is before the event itself ({ $event })
hint-review-by-before-event = the aldermen review after the event: give a day after it
approved-before-event = `tables[{ $i }].approved` { $day } is before the event ({ $event })
hint-approved-before-event = an approval comes after the event: check the day
photo-no-alt = `{ $key }` has no `alt`: screen readers will read its caption "{ $caption }" instead
hint-photo-no-alt = add `alt = "..."` to { $key } saying what is seen in the photo; the caption says what happened, the alt text what is seen
thousands-point = `{ $key }`: { $raw } is read as { $spoken }; write { $digits } (or { $grouped })
hint-thousands-point = for a decimal, write four digits after the point: { $raw }0
solution-list = `{ $key }` has one solution that reads like a list of { $count }
hint-solution-list = give each solution its own quotes: solutions = [{ $solutions }]

## Photos

folder-event = event folder
folder-year = year folder
photo-problem = `{ $key }`: { $problem }
photo-leaves-folder = "{ $name }" leaves the { $folder }
hint-photo-leaves-folder = photos live inside the { $folder }; write a path like "{ $example }" (no `..`, no leading `/`)
photo-backslash = "{ $name }" has a \ between folders
hint-photo-backslash = write / between folders: "{ $path }"
photo-capitals = "{ $name }" differs in capitals from the file "{ $actual }"
hint-photo-capitals = write "{ $actual }": on other computers capitals count
photo-accents = "{ $name }" stores its accents otherwise than the file's name "{ $actual }"
hint-photo-accents = copy the file's name into the record (macOS and Windows write accents differently; the record must match the file exactly)
photo-missing = no file "{ $name }"
hint-photo-typo = did you mean "{ $actual }"? Paths are relative to the { $folder } { $dir }
hint-photo-missing = paths are relative to the { $folder } { $dir }; check the spelling and the extension
photo-link-out = "{ $name }" is a link that leads out of the { $folder }
hint-photo-link-out = copy the photo into the { $folder } instead of linking to it
photo-is-folder = "{ $name }" is a folder, not a photo
hint-photo-is-folder = name the photo file itself, e.g. "photos/name.jpg"
photo-too-small = "{ $name }" is only { $width } x { $height } pixels: too small to print
hint-photo-too-small = a photo needs at least { $min } pixels on its shorter side; use the original photo
photo-refused = "{ $name }": { $reason }
hint-photo-too-large = make the photo smaller in a photo editor and export it again as JPEG
hint-photo-unreadable = open the photo in a photo viewer; export it again as JPEG if it does not show
photo-not-a-photo = "{ $name }" is { $kind }, not a JPEG, PNG or WebP photo
hint-photo-heic = an iPhone saves HEIC: mail or AirDrop the photo to yourself, which turns it into JPEG, or set the iPhone to Settings > Camera > Formats > Most Compatible for the next event; then name the JPEG file
hint-photo-export = export or save the photo as JPEG (or PNG/WebP) and name that file
photo-unreadable = cannot read "{ $name }": { $reason }
hint-photo-readable = check that the file is readable
file-empty = an empty file
file-heic = a HEIC/HEIF or video file (iPhone format)
file-tiff = a TIFF image
file-gif = a GIF image
file-pdf = a PDF document
file-text = a text file
file-unknown = an unknown kind of file

## The record's sections

version-unsupported = record format version { $version } is not supported: this verslag reads version { $supported }
hint-version-unsupported = set `version = 1`, or use the verslag release that wrote this record
hint-status-small-letters = write it in small letters: `status = "{ $status }"`
hint-status = write `status = "draft"` while the aldermen review their tables, and `status = "final"` (the default) once they have
status-unknown = `{ $path }` must be "draft" or "final", not "{ $value }"
language-unknown = `{ $path }` must be "nl" or "en", not "{ $value }"
hint-language = write `language = "nl"` (Dutch, the default) or `language = "en"`

## TOML syntax

toml-syntax = TOML syntax: { $detail }
toml-date-year = TOML syntax: invalid date, expected a four-digit year (YYYY)
toml-date-month = TOML syntax: invalid date, expected month between 01 and 12
toml-date-day = TOML syntax: invalid date, expected day between 01 and 31
toml-unclosed-string = TOML syntax: invalid basic string, expected `"`
toml-duplicate = TOML syntax: duplicate key
toml-unquoted = TOML syntax: string values must be quoted, expected literal string
toml-duplicate-key = TOML syntax: duplicate key `{ $key }`: it is already set earlier in this table
toml-control-character = TOML syntax: an invisible control character ({ $code }) is here
hint-toml-control-character = delete it: retype the text around this place (it may have come in with a copy and paste)
toml-too-deep = TOML syntax: too many `[` or `{"{"}` inside one another
hint-toml-too-deep = a record nests a few levels at most; see docs/record-format.md
toml-not-a-date = TOML syntax: `{ $key } = { $value }` is not a date
hint-toml-date = write the day as { $example } (year-month-day, without quotes)
toml-thousands-points = TOML syntax: { $value } is not a number; write { $digits } (or { $grouped })
hint-toml-thousands-points = TOML reads no points between thousands: write the digits alone, or with _ between them; a decimal takes one point: 2.5
toml-decimal-comma-or-thousands = TOML syntax: { $value } is not a number; write { $decimal }, or { $whole } for a whole number
toml-decimal-comma = TOML syntax: { $value } is not a number; write { $decimal }
hint-toml-decimal-comma = a decimal takes a point, not a comma; thousands take no separator (2345 or 2_345)
hint-toml-duplicate = each key may appear once per table; remove or rename the second one
hint-toml-date-form = a date is written like 2022-11-01 (year-month-day), without quotes
hint-toml-string = text goes in double quotes; use """ ... """ for text over several lines
hint-toml-syntax = see docs/record-format.md for how a record is written

## Approvals

table-open = `tables[{ $i }]` ({ $municipality }) has no `approved` and the review runs until { $until }
hint-table-open = approve it with `approved = { $today }` in tables[{ $i }], wait until after { $until }, or go on without its approval: { $flag }
open-refused = { $problem }: a final record is not { $what } before then
open-refused-later = { $problem }: `mail`, `archive` and `web` refuse this final record until then
hint-did-you-mean = did you mean "{ $name }"?
hint-name-a-table = name a municipality of a table: { $names }
not-a-table = "{ $name }" is no table of { $event }

## Fonts

hint-glyph-coverage = the bundled fonts cover Latin, Greek, Cyrillic, Arabic, Hebrew and emoji up to Unicode 9 (2016); to print it, add a font that has it to a brand (in brand.toml: [fonts] files = ["fonts/NotoSansJP-Regular.otf"] and fallback = ["Noto Sans JP"]) and pass --brand, or write it in Latin letters
hint-glyph-coverage-brand = the bundled fonts cover Latin, Greek, Cyrillic, Arabic, Hebrew and emoji up to Unicode 9 (2016), and the brand's fonts { $families }; to print it, add a font that has it to a brand (in brand.toml: [fonts] files = ["fonts/NotoSansJP-Regular.otf"] and fallback = ["Noto Sans JP"]) and pass --brand, or write it in Latin letters

## How a run ends

problems-found = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} found
problems-nothing-written = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} found; no { $thing } was written for a failed event
problems-no-yearbook = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
} found; no yearbook was written
thing-report = report
thing-web-page = web page
done-mailed = mailed
done-archived = archived
done-on-the-web = put on the web

## Reading a record

cannot-read = cannot read: { $reason }
cannot-open = cannot open: { $reason }
hint-name-an-event = name an event folder (events/<year>/<date>-<name>) or its event.toml
folder-without-record = this event folder has no event.toml
hint-folder-without-record = create one with `verslag new DATE NAME`, or name the right folder
io-not-found = no such file or folder
io-permission-denied = permission denied
io-other = { $detail }
file-invalid-encoding = the file is saved as { $encoding }, but is not valid { $encoding }
file-utf16-without-mark = the file looks saved as UTF-16 without a byte order mark
file-not-utf8 = the file is not UTF-8 text: byte { $byte } cannot start a character here
hint-save-as-utf8 = save the file as UTF-8 in your editor ("Save as", encoding UTF-8)
record-too-large = the record is { $size } MB; a record may be at most { $max } kB
hint-record-too-large = an event.toml holds text only; photos are separate files named in [[photos]]

## The brand

brand-syntax = brand: { $detail }
hint-brand-syntax = see templates/brand.toml for every key a brand file has
brand-colour = brand colour "{ $colour }" is not a hex colour
hint-brand-colour = write colours as "#RRGGBB", e.g. "#17324D"
brand-font-not-bundled = font "{ $font }" is not bundled with verslag
brand-font-unknown = font "{ $font }" is neither bundled with verslag nor in the brand's font files
hint-brand-fonts-available = fonts available: { $fonts }
brand-wordpress-foldouts = `wordpress.foldouts` "{ $value }" is not a kind of fold-out verslag knows
hint-brand-wordpress-foldouts = write "details-block" (WordPress 6.3 and later), "wpex" (the [wpex] shortcode) or "html" (a plain <details>); leave it out to use the block where the site has it
brand-wordpress-site = `wordpress.site` "{ $url }" is not the address of a site verslag may send a password to
hint-brand-wordpress-site = write the site's address starting with https:// (http:// only for a site on this computer), e.g. "https://www.denormaalstezaak.nl"
brand-base-url = `web.base_url` "{ $url }" is not a web address
hint-brand-base-url = write the address the articles live under, starting with https://, e.g. "https://www.denormaalstezaak.nl/verslagen/"
brand-logo-kind = logo "{ $logo }" must be an SVG, PNG or JPEG file
hint-brand-logo-kind = an SVG logo prints sharpest
hint-brand-logo-missing = put the logo next to the brand file
brand-builtin-no-fonts = the built-in brand has no font files
hint-brand-builtin-no-fonts = export a brand with `verslag templates export DIR` and add fonts there
brand-font-pattern = "{ $pattern }" is not a valid pattern: { $detail }
hint-brand-font-pattern = write a file name, or a pattern such as "fonts/*.otf"
brand-font-pattern-none = "{ $pattern }" matches no file next to the brand file
brand-font-missing = no font file "{ $pattern }" next to the brand file
hint-brand-font-folder = font files are found relative to the brand file's folder { $folder }
brand-font-outside = "{ $file }" lies outside the brand file's folder
hint-brand-font-outside = put the font files in the brand's folder, e.g. in fonts/
brand-font-refused = "{ $file }" { $reason }
hint-brand-font-refused = use an OTF, TTF or TTC file whose licence allows embedding (the SIL Open Font License does)
brand-not-utf8 = the brand file is not UTF-8 text

## Drafts, events of a run, contacts

draft-refused = this record is a draft under review: a draft is not { $what }
hint-draft-refused = set `status = "final"` once the tables are approved
hint-draft-refused-review-by = set `status = "final"` once the tables are approved or `review_by` ({ $day }) has passed
done-mailed-as-final = mailed as final
no-event-named = "{ $arg }" names no event
hint-no-event-named = write the event's folder name and the municipality: --without-approval 2022-11-01-praktijktafel-amersfoort/Baarn
hint-name-one-of = name one of: { $names }
not-an-event-of-the-run = "{ $event }" is not an event of this run
contact-not-an-address = `{ $key }`: "{ $address }" is not an e-mail address: { $why }
hint-contact-address = write it as name@domain.nl
contact-repeated = `contacts[{ $i }]` repeats contacts[{ $first }] (line { $line })
hint-contact-repeated = keep one entry per alderman
address-no-at = there is no @
address-empty-part = text is missing before or after the @
address-bad-character = it holds a space, comma, semicolon or angle bracket
address-no-domain = the part after the @ is not a domain such as example.org
address-invalid = it is not a valid address
hint-contacts-file = write the aldermen's addresses in this file (`verslag new` writes one to fill in), or name another file with --contacts:
    {"["}[contacts]] per alderman, with name = "Erwin Jansma", municipality = "Baarn", email = "e.jansma@baarn.nl"
year-record-folder = a year record belongs in a year folder, not in "{ $folder }"
hint-year-record-folder = move it to events/<year>/year.toml, beside that year's event folders
photo-soft = `{ $key }`: "{ $name }" prints at { $ppi } ppi ({ $width } x { $height } pixels for { $width_mm } x { $height_mm } mm): it will look soft
hint-photo-soft = use the original photo from the camera or phone, not a copy from a chat or a website
brand-font-unusable = the brand's font file cannot be used: { $reason }
hint-brand-font-unusable = build again: verslag checks the brand's fonts anew

## Files and folders

io-exists = it already exists
io-disk-full = the disk is full
io-read-only = the disk can only be read
io-is-a-folder = it is a folder
io-not-a-folder = a part of the path is not a folder
cannot-create-folder = cannot create the folder: { $reason }

## Templates and new events

templates-cannot-open = cannot open the templates folder: { $reason }
hint-templates-export = export the built-in templates with `verslag templates export DIR`
templates-too-many = the templates folder holds more than { $max } files
hint-templates-too-many = keep only the templates and their images in it
templates-no-report = the templates folder has no report.typ
hint-templates-no-report = export the built-in templates with `verslag templates export DIR` and edit them
template-not-utf8 = the template is not UTF-8 text
templates-contract-1 = they have no chapter.typ, with which the yearbook binds the reports in
templates-contract-2 = their chapters each end with a back cover of their own, where the yearbook has one for the volume
templates-old-contract = these templates were exported by an older verslag (template contract { $contract }): { $why }
hint-templates-old-contract = export the templates again (`verslag templates export NEWDIR`) and carry your changes over; see docs/templates.md, "Template contract"
export-brand-parent = the brand names a file through `..`
hint-export-brand-parent = write the logo and font paths from the brand's own folder (e.g. "fonts/x.otf") to export it
export-exists = already exists; nothing was written
hint-export-exists = export into a new or empty folder
new-not-a-date = "{ $date }" is not a date
hint-new-date = write the day of the event as YYYY-MM-DD, e.g. 2024-03-14
new-name = "{ $name }": an event name uses lower-case letters, digits and hyphens
hint-new-name = for example: praktijktafel-soest
new-exists = this event already exists; nothing was changed
hint-new-exists = choose another name, or edit the existing event.toml

## Mail

smtp-not-set = no SMTP server is set
hint-smtp-not-set = set VERSLAG_SMTP_URL=smtp://user@mail.example.org:587 or pass --smtp-url
mail-uncertain = the message to { $who } may have been delivered: a run stopped while the server was taking it, so it is not sent again by itself
hint-mail-uncertain = ask whether it arrived; if it did, add the line "- { $address }" to { $journal }; if not, send it with --resend { $municipality }
hint-outbox-writable = nothing was sent; make sure the outbox folder is writable
mail-example-sender = the sender { $from } is at { $domain }, a domain kept for examples: no mail server delivers it
hint-mail-example-sender = give the network's own sender in a brand file's [mail] table (from_name = "..." and from_address = "...") and pass it with --brand; see the README, "Mailing the report to the aldermen"
mail-example-address = the address of { $name } ({ $municipality }) is at { $domain }, a domain kept for examples: no mail server delivers it
hint-mail-example-address = write the alderman's real address in the contacts file
outbox-stale = written before { $changed } changed: it would send what the organiser no longer means
hint-outbox-stale = write the outbox again with `{ $command }`, review it, then send; nothing was sent
mail-no-sender = the brand has no sender: add a [mail] table with from_name and from_address
mail-bad-sender = [mail] from_address: { $reason }
hint-journal-readable = nothing was sent; make sure the outbox folder and sent.log can be read and written
resend-unknown = "{ $name }" is no recipient of this event
hint-resend-unknown = name a municipality or address of a table: { $names }
mail-no-contact = `tables[{ $i }]`: no contact for { $host } of { $municipality } in { $file }
hint-mail-add-contact = add {"["}[contacts]] with name = "{ $host }", municipality = "{ $municipality }" and email = "..."
hint-contact-name-near = did you mean "{ $name }"? The contacts have that name for { $municipality }; write it the same in both files
hint-contact-municipality-near = did you mean "{ $municipality }"? The contacts have { $host } there
mail-template-missing = the templates folder has no { $name }; the built-in one is used
hint-mail-template-missing = export the built-in templates to a new folder to reword the mail too
mail-template-subject = the first line of a mail template is its subject
hint-mail-template-subject = start the file with `Onderwerp: ...` (or `Subject: ...`), then a blank line and the body
hint-placeholder-near = did you mean { $name }?
hint-placeholders = the placeholders are { $names }
mail-template-placeholder = unknown placeholder `{ $placeholder }` in the mail template

## Writing files, locks

settings-no-config-folder = this computer has no folder for settings
settings-brand-absolute = the brand file must be given by its whole path, e.g. C:\Users\naam\Documents\merk\brand.toml
settings-smtp-scheme = "{ $url }" is no mail server address: it starts with smtp:// or smtps://
settings-smtp-password = the mail server address holds a password: leave it out; the studio asks for it at each send and never keeps it
upload-name = "{ $name }" cannot be a photo's name here
hint-upload-name = rename the file on your computer (no folders, no "..", not starting with a dot) and drop it again
upload-extension = "{ $name }" is not named as a photo (.jpg, .jpeg, .png or .webp)
upload-cut = the photo did not arrive whole; drop it again
fs-cannot = cannot { $what }: { $reason }
hint-fs-cannot = check that the folder exists and is writable, and that the disk has space
fs-create-its-folder = create its folder
fs-create-temp-file = create a temporary file
fs-write = write
fs-replace = replace
fs-write-exists = write (it exists already)
fs-create-temp-folder = create a temporary folder
fs-file-not-folder = is a file, not a folder; nothing was written
hint-fs-file-not-folder = move the file away and run again
fs-too-large = the file is larger than { $max } kB
hint-folder-writable = check that the folder is writable
hint-lock-folder = check that the disk is writable; nothing was done
lock-file = cannot create the lock file: { $reason }
hint-lock-file = verslag locks the folder so that no second run works in it at the same time; make the folder writable (nothing was done)
lock-held-by = another verslag is { $doing } (process { $pid }, started { $started })
lock-held = another verslag is working in { $folder }
hint-lock-held = wait until it has finished, then run this again; nothing was sent or written by this run
lock-unsupported = cannot lock the folder ({ $reason }): its file system does not support locks
hint-lock-unsupported = use a folder on a local disk (--outbox or --archive); without a lock two runs at once could send or write twice, so nothing was done

## The archive and the yearbook

manifest-not-utf8 = the manifest is not UTF-8 text
hint-manifest-hand-edited = the manifest is written by `verslag archive`; restore it from a backup, or move it away and run `verslag archive` to rebuild the year
manifest-invalid = the manifest is not valid: { $detail }
manifest-format = manifest format { $format } is not known to this verslag
hint-manifest-format = use the verslag release that wrote this archive
verify-no-manifest = there is no manifest: this year has no archive
hint-verify-no-manifest = create it with `verslag archive { $year }`
verify-missing = missing: the manifest lists it, the folder does not have it
hint-verify-missing = restore it from a backup
verify-changed = changed: { $size } bytes with SHA-256 { $sha }, the manifest says { $listed_size } bytes with { $listed_sha }
hint-verify-changed = restore it from a backup; an archived file must not change
verify-unexpected = unexpected: not in the manifest
hint-verify-unexpected = move it out of the archive folder, or run `verslag archive` if it belongs there
archive-no-events = no events to archive for { $year }
yearbook-no-events = no events for a yearbook of { $year }
hint-no-events = events live in events/<year>/<date>-<name>/event.toml; check the year and --events
yearbook-cover = the cover photo "{ $name }" cannot be used: { $reason }
hint-yearbook-cover = name another photo in [cover], or repair this one
approved-in-the-future = `tables[{ $i }].approved` { $day } is later than today ({ $today })
hint-approved-in-the-future = an approval is a day that has been: check the year and the month

## Watching, the web page

watch-cannot = cannot watch for changes: { $reason }
hint-watch-cannot = `verslag build` works without watching
watch-cannot-file = cannot watch: { $reason }
hint-watch-cannot-file = check that it exists; `verslag build` works without watching
web-font-licence = the font "{ $family }" may not be put on a web site (its licence bits allow only preview & print); the web page uses { $instead } instead
hint-web-font-licence = ask the font's maker for a web licence and a font file whose licence bits allow installing or editing; the PDF may use this one as it is
web-font-subset = the font "{ $family }" cannot be cut down for the web: { $reason }
hint-web-font-subset = the page uses the next font of the brand for its characters
web-templates-missing = the templates folder has no { $names }; the built-in ones are used
hint-web-templates-missing = export the built-in templates to a new folder to adapt the web page too

## The photo pipeline

photo-no-pixels = the photo has no pixels
photo-claims-too-many-pixels = the photo claims { $width } x { $height } pixels; at most { $megapixels } megapixels and { $side } pixels a side are accepted
photo-cut-short = the file is cut short
photo-jpeg-header = the JPEG header cannot be read
photo-jpeg-feature = this JPEG uses a feature verslag cannot read ({ $feature })
photo-jpeg-cut-short = the JPEG is cut short: the file is incomplete
photo-jpeg-damaged = the JPEG cannot be decoded ({ $detail }); it may be damaged or cut short
photo-kind-unsupported = this kind of image is not supported
photo-too-large-to-decode = the photo is too large to decode
photo-damaged = the photo cannot be decoded ({ $detail }); it may be damaged or cut short
photo-too-wide = the photo is too wide to encode
photo-too-high = the photo is too high to encode
photo-encode = the photo cannot be encoded ({ $detail })
photo-resize = the photo cannot be resized ({ $detail })
typst-says = { $detail }

## The SMTP server, the review round, web templates

smtp-url-scheme = the SMTP URL must start with smtp:// or smtps://
smtp-url-password = the SMTP URL holds a password: never put it on the command line or in a file; set VERSLAG_SMTP_PASSWORD or type it at the prompt
smtp-url-port = "{ $port }" is not a port number
smtp-url-address = "{ $address }" is not a server address
smtp-url-no-server = the SMTP URL names no server
smtp-url-other-scheme = "{ $scheme }://" is not an SMTP URL; use smtp:// or smtps://
review-final = `mail --review` sends a draft for review, but this record is final
hint-review-final = to mail the final report, leave out --review; to ask the aldermen first, set `status = "draft"` and `review_by`
review-by-passed = `event.review_by` { $day } has passed (today is { $today }): the aldermen would have no time to react
hint-review-by-passed = set a new review_by some days ahead, then send
web-template-error-detail = template error: { $detail } ({ $kind })
web-template-error = template error: { $kind }
hint-web-template-error = fix the template, or export the built-in ones again to compare

## Font files

font-changed = changed since it was checked
font-unreadable = is not a font that can be read (OTF, TTF or TTC); it may be cut short
font-restricted = forbids embedding (its licence sets fsType to "restricted"): a PDF cannot carry it
font-no-subsetting = allows embedding only whole or as bitmaps (its licence's fsType): a PDF cannot carry it as verslag embeds fonts
font-cannot-be-read = cannot be read: { $reason }
doing-sending = sending { $folder }
doing-writing = writing { $folder }
doing-web-page = writing the web page { $folder }
doing-archiving = archiving { $folder }
part-record = the record (event.toml)
part-photos = a photo
part-brand = the brand, its logo or its fonts
part-templates = the templates
part-fonts = the fonts
part-verslag = verslag itself (another version)
part-unknown = the message carries no record of what it was made from
part-contact = the contact of { $name } in { $file }
list-and = { $first } and { $last }
smtp-no-utf8 = the server cannot take addresses with accents (no SMTPUTF8)
smtp-no-8bit = the server cannot take 8-bit messages (no 8BITMIME)
smtp-timeout = the server did not answer in time
smtp-login-refused = the server refused the login ({ $reply })
smtp-refused = the server refused the message ({ $reply })
smtp-not-now = the server could not take the message now ({ $reply })
smtp-broke = the connection broke ({ $reply })
smtp-unreachable = cannot reach the server ({ $reply })
cannot-read-file = cannot read { $file }: { $reason }
journal-not-sent = { $reason }; the message was not sent
journal-after-send = the server took it, but { $reason }; it is not sent again unless you name it with --resend
journal-cannot-read = cannot read the journal { $file }: { $reason }
journal-cannot-create = cannot create { $folder }: { $reason }
journal-cannot-write = cannot write the journal { $file }: { $reason }
brand-logo-missing = no logo file "{ $logo }" next to the brand file
brand-logo-outside = the logo "{ $logo }" lies outside the brand file's folder

## What a command says when it did its work

word-next = next
check-ok = { $dir }: "{ $title }", { $date }, { $tables ->
    [one] { $tables } table
   *[other] { $tables } tables
}, { $photos ->
    [one] { $photos } photo
   *[other] { $photos } photos
}
check-ok-year = { $path }: year record for { $year }
check-ok-year-titled = { $path }: year record for { $year }, "{ $title }"
next-build = `verslag build { $events }` makes the report (`verslag watch EVENT` remakes it on every save)
archive-done = { $dir }: { $built } built, { $unchanged } unchanged, { $failed } failed; { $yearbook }
next-after-archive = `verslag yearbook { $year }` makes a copy of the yearbook to print; `verslag verify { $year }` checks the archive at any time
verify-ok = { $dir }: { $count ->
    [one] the 1 file matches
   *[other] all { $count } files match
} the manifest
yearbook-built = yearbook built
yearbook-unchanged = yearbook unchanged
yearbook-failed = yearbook failed
yearbook-not-rebuilt = yearbook not rebuilt: { $failing } failed
next-review = `verslag mail --review { $event }` sends the draft to the aldermen to check
next-mail = `verslag mail { $event }` writes the report's mail to the aldermen
watching = watching { $dir } for changes; press Ctrl-C to stop
watch-wrote = wrote { $file }
watch-built = built { $file } in { $seconds } s
watch-kept = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}; the last good report was kept. Waiting for the next save...
watch-nothing-yet = { $count ->
    [one] { $count } problem
   *[other] { $count } problems
}; no report was written yet. Waiting for the next save...
next-new = fill in the record, put the photos in { $photos }, then run `verslag check { $folder }`

## The mail round's lines

mail-sent = sent: { $who }
mail-maybe-delivered-because = may have been delivered: { $who }: { $why }
mail-not-sent-because = not sent: { $who }: { $why }
mail-summary = { $server }: { $sent } sent, { $failed } not sent
mail-again = run the same command again to send only these
mail-again-without-resend = run the command again without --resend to send only these
mail-again-resend = run the command again with only --resend { $resend } to send only these
mail-not-sent = not sent: { $names }; { $again }
mail-would-send = would send: { $who }: { $subject }
next-read-outbox = read the messages in { $outbox }, then `{ $command }`
next-status = `verslag status { $event }` shows the tables' approvals as they come in
next-web = `verslag web { $event }` makes the web article
mail-older-report = the aldermen of { $names } hold a report made before the record (or its photos or look) changed; to send them the new one, write it with `{ $write }`, review it, then send it with `{ $send }`
mail-already-sent = already sent: { $who }
mail-maybe-delivered = may have been delivered: { $who }
mail-year-record = { $path } is a year record, not an event: nothing to mail
nothing-sent = nothing was sent
press-enter = Press Enter to close this window.
nothing-archived = nothing was archived
nothing-archived-manifest = nothing was archived: the manifest must be sound first
verify-problems = { $dir }: { $count } files match, { $problems } problems

## status

next-approve = write each table's approval into the record (`approved = { $today }`), set `status = "final"`, then `verslag mail { $event }`
status-draft = draft
status-final = final
status-review = , review by { $day }
status-review-passed = , review by { $day }, passed
status-event = { $event }: { $status }{ $review }; { $approved } of { $tables } tables approved
status-approved-note = approved { $day } ({ $note })
status-approved = approved { $day }
status-review-sent = open; review sent { $time } to { $host }
status-no-review-sent = open; no review sent to { $host } from this outbox
status-mailed-at = report mailed { $time }
status-mailed = report mailed
status-maybe-delivered = report may have been delivered
status-not-mailed = report not mailed yet
lock-waiting = { $held }; waiting for it
next-archive = `verslag archive { $year }` archives the year once its events are done
web-no-base-url = the brand has no [web] base_url: the pages use addresses relative to themselves, and og:image, og:url and the canonical link are left out (add base_url to the brand to have them)

photo-cache-hit = cache hit, { $size } jpg, { $kb } kB
photo-decoded = decoded { $original } -> { $size } { $ext }, { $kb } kB in { $ms } ms
photo-decoded-scaled = decoded { $original } at { $scale } in the DCT domain -> { $size } { $ext }, { $kb } kB in { $ms } ms
photo-not-cached = { $log } (not cached: { $reason })
verbose-built = built { $path }
verbose-unchanged = { $name }: unchanged

interrupted = interrupted; no file was left half-written

## verslag studio

studio-open = verslag studio: open { $url } in your browser (Ctrl-C stops it)
studio-running = verslag studio already runs for this events folder: { $url }
studio-no-root = the events folder cannot be opened: { $reason }
hint-studio-no-root = give the folder that holds the year folders with --events, or make it with `verslag new`
studio-cannot-listen = cannot listen on 127.0.0.1 port { $port }: { $reason }
hint-studio-port = another program uses this port: leave --port out to take a free one
studio-no-random = no random numbers from the system for the session token: { $reason }
studio-refused-host = This address is not the studio's: open the address verslag studio printed.
studio-refused-token = Open the address verslag studio printed in its window (it ends in ?t=...).
studio-refused-origin = Refused: this request came from another site's page.
studio-not-found = There is nothing here.
studio-events = Events
studio-no-events = No events yet in { $dir }.
studio-draft = draft
studio-final = final
studio-approved = { $approved } of { $tables } tables approved
studio-no-problems = no problems
studio-problems = { $count ->
    [one] 1 problem
   *[other] { $count } problems
}
studio-new = New event
studio-new-date = Date
studio-new-name = Short name
studio-new-create = Create
studio-back = All events
studio-report-pdf = The report as PDF
studio-rendering = Making the report…
studio-failed = The record has a mistake, shown below; the pages are those of the last good version.
studio-problems-heading = Problems
studio-round-heading = The round
studio-round-state = { $status }{ $review }; { $approved } of { $tables } tables approved
studio-round-review-mail = The review mail
studio-round-final-mail = The final mail
studio-round-may = { $step }: the record is ready for it.
studio-round-not-yet = { $step } cannot go yet:
studio-round-approve = { $municipality } approved today
studio-round-make-final = Make the report final
studio-mail-no-server = no mail server is set
studio-mail-to-settings = set the mail server's address on the settings page, or start the studio with --smtp-url
studio-mail-sent-at = sent { $time }
studio-mail-sent = sent
studio-mail-uncertain = may have been delivered: the send stopped while the server was taking it
studio-mail-pending = not sent yet
studio-mail-size = { $kb } KB
studio-mail-going = sending: { $who }
studio-mail-summary = { $sent } sent, { $failed } not sent.
studio-mail-rest-kept = Not sent: { $names }. They are kept: send again to send only these.
studio-mail-busy = a send of this mail is already under way in this studio; it goes on even when the page is closed
studio-mail-step-changed = the record changed its step since the page was read (draft or final): the page is read again
studio-mail-password-needed = the mail server needs the password
studio-mail-messages = The messages as they will go out
studio-mail-not-written = not written yet
studio-mail-subject = Subject
studio-mail-attachment = Attachment
studio-mail-write = Write the messages
studio-mail-write-again = Write the messages again
studio-mail-written-note = Read each message before you send it.
studio-mail-stale-some = Some messages no longer match the record: write them again and read them before sending.
studio-mail-server = Goes through { $server }.
studio-mail-password = Password for { $user }
studio-mail-password-help = Used for this send only; never saved.
studio-mail-send = Send { $count ->
    [one] the message
   *[other] { $count } messages
}
studio-mail-resend = Send to { $municipality } again
studio-mail-resend-help = Ask the alderman first whether it arrived.
studio-mail-all-sent = Every message has gone out.
studio-mail-login-again = The server refused the login: type the password again.
studio-mail-settings = Settings
studio-mail-hint-stale = write the messages again on this page and read them before you send; nothing was sent
studio-mail-settings-note = The brand (with its sender) and the mail server are chosen on the settings page.
studio-mail-working = Working…
studio-problem-to-field = To the field
studio-page = Page { $n } of { $count }

## The command line's help: `help-<command>-about`, `-long-about`, `-after`, and per argument
## `help-<command>-<argument>` (else `help-any-<argument>`); value names `help-value-<name>`.
## Each help text is one line: the terminal wraps it.

help-about = Turn an event record (event.toml + photos) into a branded PDF report
help-long-about =
    verslag turns the record of an event - one event.toml and its photos - into a branded, printable PDF report.

    Start a new event with `verslag new 2024-03-14 praktijktafel-soest` and fill in its event.toml. `verslag check EVENT` finds mistakes in a record, `verslag build EVENT` makes the PDF, and `verslag watch EVENT` remakes it every time you save.
help-after =
    The round of an event, step by step:
      1. verslag new DATE NAME        a record to fill in (events/<year>/<date>-<name>/event.toml)
      2. verslag check EVENT          every mistake, with where it is and how to mend it
      3. verslag build EVENT          the PDF report (verslag watch EVENT remakes it on every save)
      4. verslag mail --review EVENT  the draft to the aldermen, each with their own table to check
      5. verslag status EVENT         which tables are approved, and whose review is still open
      6. verslag mail EVENT           the final report to the aldermen (then again with --send)
      7. verslag web EVENT            the web article (verslag publish EVENT: a draft post on the site)
      8. verslag archive YEAR         the year's events and yearbook in the archive
      9. verslag yearbook YEAR        the yearbook to print

    Each step says the next one when it is done.
help-quiet = Print only problems
help-verbose = Print what each step did (photos decoded or taken from the cache, ...)
help-format = How problems are printed: `full` with the source line, `short` one line each
help-lang = The language verslag speaks: nl or en (else VERSLAG_LANG, else the locale); the report's language follows its record
help-version = Print the version
help-any-help = Print help (-h a summary, --help all of it)
help-any-events = Folder holding the year folders of events
help-any-archive = Folder the archive is kept in; a year goes in ARCHIVE/<year>/
help-any-brand = A brand file (organisation, logo, colours, fonts); default: the built-in brand
help-any-templates = A folder of templates to use instead of the built-in ones (see `templates export`)
help-any-cache-dir = Folder for prepared photos (default: the user's cache folder, e.g. ~/.cache/verslag)
help-any-no-cache = Prepare every photo afresh and keep nothing

help-new-about = Start a new event: a folder with an event.toml to fill in and a photos/ folder
help-new-after =
    Example:
      verslag new 2024-03-14 praktijktafel-soest
      (creates events/2024/2024-03-14-praktijktafel-soest/event.toml)
help-new-date = The day of the event, YYYY-MM-DD
help-new-name = A short name: lower-case letters, digits and hyphens
help-new-language = The language of the report and of the explanations in the new record

help-check-about = Check event records and report every problem, without writing anything
help-check-after =
    Example:
      verslag check events/2022/2022-11-01-praktijktafel-amersfoort
help-check-events = Event folders (or their event.toml files)
help-check-brand = The brand file the reports will be made with: names are checked against its fonts

help-build-about = Check event records, then write each one's PDF report to DIR/<year>/<event>.pdf
help-build-after =
    Examples:
      verslag build events/2022/2022-11-01-praktijktafel-amersfoort
      verslag build -o reports events/2022/*
help-build-events = Event folders (or their event.toml files); several build in parallel
help-build-output = Folder the reports are written to, in a subfolder per year

help-watch-about = Rebuild the report whenever the record, a photo, a template or the brand changes; stop with Ctrl-C
help-watch-after =
    Example:
      verslag watch events/2022/2022-11-01-praktijktafel-amersfoort
      (open out/2022/2022-11-01-praktijktafel-amersfoort.pdf in a PDF viewer that reloads, then edit event.toml and save)

    While the record has a mistake, the problems are printed and the last good PDF stays in place.
help-watch-event = The event folder (or its event.toml)
help-watch-web = Keep the web article current too, in DIR/<year>/<event>/ (see `verslag web`)
help-watch-output = Folder the report is written to, in a subfolder per year

help-web-about = Check event records, then write each one's web article to DIR/<year>/<event>/: a page (index.html), a fragment for a CMS (article.html), photos, fonts and the PDF report
help-web-after =
    Examples:
      verslag web events/2022/2022-11-01-praktijktafel-amersfoort
      verslag web -o site events/2022/*

    Open web/<year>/<event>/index.html in a browser; the folder works offline and from a USB stick. With `[web] base_url` in the brand, article.html and the sharing tags use full addresses under it.
help-web-events = Event folders (or their event.toml files); several are made in parallel
help-web-output = Folder the web articles are written to, in a subfolder per year and event
help-web-reports = Folder the PDF reports are built in when missing or stale (as `build -o` writes them)
help-web-without-approval = Put the event on the web although this table's host has not approved its text while the review still runs; the report's colophon says so. Repeat for several

help-archive-about = Archive a year: every event as PDF/A-3b + PDF/UA-1 with its record inside, a yearbook, and a manifest of SHA-256 sums
help-archive-after =
    Example:
      verslag archive 2022
      verslag verify 2022
help-archive-year = The year, e.g. 2022: events come from EVENTS/<year>/
help-archive-without-approval = Archive the event although this table's host has not approved its text while the review still runs; the report's colophon says so. Repeat for several

help-yearbook-about = Make the yearbook of a year outside the archive, as a draft of the year's publication
help-yearbook-after =
    Example:
      verslag yearbook 2022                 # out/2022/yearbook-2022.pdf
      verslag yearbook 2022 -o concept.pdf

    Made from every event of EVENTS/<year>/ and its year.toml, when there is one.
help-yearbook-year = The year, e.g. 2022: events come from EVENTS/<year>/
help-yearbook-output = The PDF to write (default: out/<year>/yearbook-<year>.pdf)

help-status-about = Where the review round stands: draft or final, the review date, and per table its approval or that it is still open, with when the host was sent the review
help-status-after =
    Examples:
      verslag status events/2022/*
      verslag status --json EVENT   # the same, for scripts
help-status-events = Event folders (or their event.toml)
help-status-json = Print JSON instead of lines
help-status-contacts = The contacts, to find which address each host's review went to
help-status-outbox = The outbox whose review journals say when each review was sent

help-publish-about = Put the event's web article on the network's WordPress site as a draft post, with its photos and PDF; a rerun updates the same post
help-publish-after =
    The user and an application password (WordPress: Users > Profile > Application Passwords)
    come from VERSLAG_WP_USER and VERSLAG_WP_PASSWORD, else verslag asks; never from a file.
    The site is the brand's [wordpress] site. The journal OUTBOX/<event>/publish.log makes a
    rerun update the same post, and a run that was stopped resume without duplicates.
help-publish-update-published = Update the post although an editor has published it (it stays published; changes made on the site are lost)
help-publish-overwrite-edits = Update the draft although an editor changed it on the site since verslag last wrote it (those changes are lost)
help-publish-event = The event folder (or its event.toml)
help-publish-outbox = Where the journal is kept: OUTBOX/<event>/publish.log
help-publish-timeout = Seconds to wait for the site before giving up
help-publish-output = Folder the report is built in when missing or stale, in a subfolder per year (as `build -o` writes it)
help-mail-about = Mail the report to the aldermen at the tables: writes an outbox to review, then sends it with --send (a message already sent is never sent again)
help-mail-after =
    Examples:
      verslag mail events/2022/2022-11-01-praktijktafel-amersfoort
      verslag mail --dry-run EVENT
      VERSLAG_SMTP_URL=smtp://me@mail.example.org:587 verslag mail --send EVENT
help-mail-event = The event folder (or its event.toml)
help-mail-contacts = The aldermen's addresses
help-mail-outbox = Where messages are written: OUTBOX/<event>/<municipality>.eml and sent.log
help-mail-send = Deliver the messages over SMTP
help-mail-dry-run = Show who would get what; write and send nothing
help-mail-resend = Write (and with --send, send) the message to this municipality (or address) again, although the journal says it was or may have been delivered; repeat for several
help-mail-review = The review round of a draft: each host gets the draft and their own table's text to check, from OUTBOX/<event>/review/
help-mail-without-approval = Mail the final report although this table's host has not approved its text while the review still runs; the colophon says so. Repeat for several
help-mail-smtp-url = smtp://user@host:587 (STARTTLS) or smtps://user@host (TLS); the password comes from VERSLAG_SMTP_PASSWORD or a prompt, never from here
help-mail-smtp-timeout = Seconds to wait for the SMTP server before giving up
help-mail-output = Folder the report is built in when missing or stale, in a subfolder per year (as `build -o` writes it)

help-verify-about = Check an archived year against its manifest: missing, changed and unexpected files
help-verify-after =
    Example:
      verslag verify 2022
help-verify-year = The year, e.g. 2022

help-templates-about = Work with the report templates
help-templates-after =
    Example:
      verslag templates export my-templates
help-templates-export-about = Write the built-in templates, brand file and logo to DIR, for a designer to adapt
help-templates-export-after =
    Example:
      verslag templates export my-templates
      verslag build --templates my-templates --brand my-templates/brand.toml EVENT
help-templates-export-dir = A new or empty folder
help-templates-export-brand = Export this brand (with its logo and font files) instead of the built-in one

help-schema-about = Print the JSON Schema of event.toml, for editors that complete and check TOML
help-schema-after =
    Example:
      verslag schema --output events/record.schema.json

    A record that starts with the line
      #:schema ../../record.schema.json
    is then checked while you type in editors with Taplo or the Even Better TOML extension. `verslag new` writes both for you.
help-schema-output = Write the schema to FILE instead of printing it
help-schema-year = The schema of a year record (events/<year>/year.toml) instead

help-completions-about = Print a script that completes verslag's commands and options in your shell
help-completions-after =
    Examples:
      verslag completions bash > ~/.local/share/bash-completion/completions/verslag
      verslag completions zsh > ~/.zfunc/_verslag
      verslag completions fish > ~/.config/fish/completions/verslag.fish
help-completions-shell = bash, zsh, fish, powershell or elvish

help-man-about = Write the manual pages: verslag.1 and one per command
help-man-after =
    Examples:
      verslag man | man -l -
      verslag man --output ~/.local/share/man/man1
help-man-output = Write every page to DIR instead of printing verslag.1

help-help-about = Print the help of a command, the same as COMMAND --help
help-help-command = The command, e.g. build, or templates export

help-studio-about = The events and their reports in your browser, live as you edit: a local server on this computer only
help-studio-after =
    Example:
      verslag studio
      (prints an address such as http://127.0.0.1:50123/?t=... and opens it; Ctrl-C stops it)

    The server listens on 127.0.0.1 only and lets in only the browser that opened its address. A second `verslag studio` on the same events folder opens the running one.
help-studio-port = The port to listen on (default: a free one)
help-studio-no-open = Do not open a browser; only print the address
help-studio-outbox = Where `mail` keeps its outboxes: an event's outbox moves with it when its date changes, and a date mail went out with stays. This and the other folders, when relative, are beside the events folder
help-studio-output = Folder the report is built in for the mail and the web when missing or stale, in a subfolder per year (as `build -o` writes it), and the yearbook of the year's page
help-studio-web = Folder the year's page writes web articles to (as `web -o`)
help-studio-archive = Folder the year's page archives to (as `archive --archive`)
help-studio-smtp-url = The mail server for sends from the page: smtp://user@host:587 (STARTTLS) or smtps://user@host (TLS); wins over the settings page's; the page asks for the password at each send
help-studio-smtp-timeout = Seconds to wait for the SMTP server before giving up
first-heading = Where are your events?
first-intro = Pick the folder that holds your events (with a folder per year, such as 2022), or an empty folder to start in. The studio then works in that folder only, and opens it again next time.
first-type = The folder's whole path
first-use = Use this folder
first-documents = Documents
first-desktop = Desktop
first-program = Beside verslag
first-is-events = events folder
first-new-here = New folder “verslagen” here
first-empty = type a folder's path, or pick a folder below
first-dotdot = "{ $path }" has `..` in it: type the folder's whole path without it
first-relative = "{ $path }" is not a whole path: start it at the drive or at / (for example C:\Users\naam\Documents\verslagen)
first-file = "{ $path }" is a file, not a folder
first-missing = there is no folder "{ $path }"
first-unreadable = the folder "{ $path }" cannot be read ({ $reason })
first-not-events = "{ $path }" holds other things than events: pick a folder with year folders (such as 2022) or an empty folder
help-studio-events = The events folder; none given: the one the studio served last, else `events` in this folder, else the studio's first page asks
launcher-no-exe = cannot tell where this program is ({ $reason })
launcher-no-folder = this computer has no folder for applications or a desktop
launcher-windows = on Windows there is nothing to install: double-click verslag.exe
hint-launcher-windows = make a shortcut to verslag.exe on the desktop or in the Start menu to start the studio from there
launcher-written = the studio starts from { $file }
help-studio-install-launcher = Write a file that starts the studio with a double-click (Linux: in your applications menu; macOS: on your desktop), then stop
help-value-port = PORT

help-value-dir = DIR
help-value-file = FILE
help-value-event = EVENT
help-value-event-municipality = EVENT/MUNICIPALITY
help-value-municipality = MUNICIPALITY
help-value-url = URL
help-value-secs = SECS
help-value-date = DATE
help-value-name = NAME
help-value-language = LANGUAGE
help-value-lang = LANG
help-value-format = FORMAT
help-value-year = YEAR
help-value-shell = SHELL
help-value-command = COMMAND

## The words around the help, and mistakes in the command line

cli-heading-usage = Usage:
cli-heading-commands = Commands:
cli-heading-arguments = Arguments:
cli-heading-options = Options:
cli-options = {"["}OPTIONS]
cli-default = {"["}default: { $value }]
cli-possible = {"["}possible values: { $values }]
cli-env = {"["}env: { $name }]
cli-man-manual = verslag manual
cli-man-name = NAME
cli-man-synopsis = SYNOPSIS
cli-man-description = DESCRIPTION
cli-man-options = OPTIONS
cli-man-commands = COMMANDS
cli-man-extra = EXAMPLES AND NOTES
cli-man-version = VERSION
cli-man-authors = AUTHORS
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-unknown-command = unrecognized command '{ $name }'
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
cli-error-empty-value = a value is required for '{ $arg }' but none was supplied
cli-error-not-a-number = invalid value '{ $value }' for '{ $arg }': not a whole number
cli-error-number-too-large = invalid value '{ $value }' for '{ $arg }': too large
cli-error-conflict = the argument '{ $arg }' cannot be used with { $prior }
cli-error-twice = the argument '{ $arg }' cannot be used more than once
cli-error-missing = the following required arguments were not provided:
cli-error-missing-command = '{ $name }' needs a command, such as: { $commands }
cli-error-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
cli-error-utf8 = an argument is not valid UTF-8
cli-error-other = the command line is not right: { $detail }
cli-possible-values = possible values: { $values }
cli-did-you-mean = did you mean '{ $name }'?
cli-as-value = to pass '{ $arg }' as a value, write '-- { $arg }'
cli-more = For more information, try '{ $help }'.

## The studio's form (edit/, studio/)
form-not-a-record = the form sent no record
form-too-many = at most { $max } items
form-too-large = the record would grow past { $max } KiB, the format's limit
form-not-text = this text cannot be written
form-not-a-date = “{ $value }” is not a date: pick a day, e.g. 2022-11-01
form-not-a-number = “{ $value }” is not a number: write it without thousands separators (2345), a decimal with a point (3.5)
form-not-a-choice = “{ $value }” is not one of: { $options }
form-move-exists = the date moves the event to { $folder }, which already exists: choose another name there first, or keep the date
form-move-mailed = the date cannot change any more: mail about this event went out (see { $journal }), and the aldermen have seen its date
form-move-failed = the folder could not follow the new date: { $reason }
form-move-busy = the date cannot change while mail for this event is being written or sent: { $reason }

## The form's fields: a label per key path (field-any-*: a person's), and help where it helps
field-version = Format version
field-version-help = The record format version: always 1.
field-year = The yearbook
field-year-help = The yearbook's title and language; all optional.
field-year-title = Title
field-year-title-help = The yearbook's title; "Jaaroverzicht <year>" (or "Yearbook <year>") when left empty.
field-year-subtitle = Subtitle
field-year-language = Language of the yearbook
field-year-language-help = "nl" (the default) or "en": the yearbook's labels and dates.
field-cover = Cover photo
field-cover-help = The yearbook's cover photo.
field-cover-file = File
field-cover-file-help = A photo inside the year folder, e.g. from one of the year's events: "2022-11-01-praktijktafel-amersfoort/photos/a.jpg".
field-cover-alt = Description for screen readers
field-cover-alt-help = What is seen in the photo, for someone who cannot see it.
field-cover-credit = Photographer
field-cover-credit-help = Photographer and licence.
field-foreword = Foreword
field-foreword-help = The foreword, signed.
field-foreword-title = Title
field-foreword-title-help = "Voorwoord" / "Foreword" when left empty.
field-foreword-text = Text
field-foreword-signatory = Signed by
field-foreword-signatory-help = Who signs it.
field-thanks = Thanks
field-thanks-help = Thanks to partners, hosts and volunteers.
field-thanks-title = Title
field-thanks-title-help = "Met dank aan" / "With thanks to" when left empty.
field-thanks-text = Text
field-event = Event
field-event-help = What the event was: its title, day, place and lead text.
field-event-title = Title
field-event-title-help = The headline on the cover.
field-event-subtitle = Subtitle
field-event-subtitle-help = A line under the headline.
field-event-kind = Kind of event
field-event-kind-help = E.g. “Praktijktafel”.
field-event-date = Date
field-event-date-help = The day of the event. Changing it moves the event's folder to match, unless mail about it already went out.
field-event-location = Location
field-event-location-help = Where it was held.
field-event-organizer = Organiser
field-event-organizer-help = Who organised it, e.g. “De Normaalste Zaak Amersfoort”.
field-event-language = Language of the report
field-event-language-help = The report's language: labels, hyphenation and date format (Dutch when not set).
field-event-intro = Introduction
field-event-intro-help = The lead paragraphs. A blank line starts a new paragraph.
field-event-core_group = Core group
field-event-core_group-help = The organisations of the core group.
field-event-status = Status
field-event-status-help = Final (the default) or draft: a draft is out for review by the aldermen, and is neither mailed as final nor archived.
field-event-review_by = Review by
field-event-review_by-help = Until when the aldermen may react to the draft; needed for a draft, kept as history on a final record.
field-photos = Photos
field-photos-help = The photos; at most one is the cover.
field-photos-file = File
field-photos-file-help = The photo's path inside the event folder, e.g. “photos/table-1.jpg” (JPEG, PNG or WebP).
field-photos-caption = Caption
field-photos-caption-help = Printed under the photo.
field-photos-alt = Description (alt text)
field-photos-alt-help = What is seen in the photo, for screen readers (the caption says what happened); left out, the caption is read instead, and check warns.
field-photos-credit = Credit
field-photos-credit-help = Photographer and licence, printed with the photo.
field-photos-cover = Cover photo
field-photos-cover-help = The cover photo; at most one photo.
field-facts = Facts & figures
field-facts-help = The facts & figures presentation.
field-facts-title = Heading
field-facts-title-help = The heading; “Facts & figures” when left empty.
field-facts-speaker = Speaker
field-facts-speaker-help = Who presented.
field-facts-text = Text
field-facts-figures = Key figures
field-facts-figures-help = Key figures, each with a number and what it counts.
field-facts-figures-value = Number
field-facts-figures-value-help = A number without thousands separators (2345); a decimal takes a point: 3.5. Put its unit in Unit.
field-facts-figures-unit = Unit
field-facts-figures-unit-help = E.g. “%” or “vacatures”.
field-facts-figures-label = What it counts
field-facts-figures-source = Source
field-pitches = Pitches
field-pitches-help = The pitch round.
field-pitches-title = Heading
field-pitches-title-help = The heading; “Pitchen” / “Pitches” when left empty.
field-pitches-text = Text
field-pitches-text-help = How the pitch round went.
field-tables = Tables
field-tables-help = One per discussion table (usually one municipality).
field-tables-municipality = Municipality
field-tables-municipality-help = Unique within the record.
field-tables-host = Alderman
field-tables-host-help = The alderman (wethouder) at the table.
field-tables-core_member = Core group member
field-tables-core_member-help = The core group member at the table.
field-tables-question = Question
field-tables-question-help = The table question.
field-tables-pitch = Pitch
field-tables-pitch-help = What the host pitched from the coalition agreement.
field-tables-solutions = Solutions
field-tables-solutions-help = The proposed solutions, at least one.
field-tables-summary = Summary
field-tables-summary-help = The summary.
field-tables-approved = Approved on
field-tables-approved-help = The day the host agreed to this table's text.
field-tables-approved_note = How approved
field-tables-approved_note-help = How the host agreed, e.g. “akkoord per mail” or “no reply by the review date”.
field-closing = Closing
field-closing-help = Closing words and quotes.
field-closing-title = Heading
field-closing-text = Text
field-closing-quotes = Quotes
field-closing-quotes-help = Quotes, each with who said it.
field-closing-quotes-speaker = Said by
field-closing-quotes-text = Quote
field-closing-quotes-text-help = The quote, without quotation marks.
field-about = About the network
field-about-help = About the organising network.
field-about-title = Heading
field-about-text = Text
field-any-name = Name
field-any-role = Role
field-any-role-help = E.g. “wethouder”.
field-any-organization = Organisation
field-choice-final = final
field-choice-draft = draft (out for review)
field-choice-nl = Dutch
field-choice-en = English
studio-form-heading = The record
studio-form-saved = Saved
studio-form-saving = Saving…
studio-form-pending = Not saved yet
studio-form-changed = The file changed meanwhile (in an editor, another tab or a sync tool): the form now shows what the file holds.
studio-form-changed-fields = Changed:
studio-form-lost = Not saved, because the file had changed; what you typed:
studio-form-gone = This event's folder is gone or was renamed: the form writes nothing. Go back to the events.
studio-form-broken = The file no longer reads as a record (a change by hand), so there is no form. Fix it in your editor at the line shown; the form comes back as soon as the file reads again.
studio-form-failed = Not saved; your change stays on this page and is tried again every few seconds:
studio-form-refused = Not saved; your change stays on this page until this is mended:
studio-form-offline = The studio does not answer: was its window closed or the computer asleep? Keep this page open; the change is saved as soon as the studio answers again.
studio-settings = Settings
studio-settings-intro = Kept on this computer for this events folder: { $events }
studio-settings-brand = Brand file (brand.toml), by its whole path
studio-settings-brand-help = Empty: the built-in brand. The reports use it from the next render on.
studio-settings-smtp = Mail server address
studio-settings-smtp-help = For example smtps://naam@mail.example.nl:465. No password: the studio asks for it at each send and never keeps it.
studio-settings-save = Save the settings
studio-settings-saved = The settings are saved.
studio-settings-cli-wins = This run was started with { $flag }: that is used instead until the studio is started without it.
studio-photos-drop = Drop photos here, or
studio-photos-pick = choose photos
studio-photos-adding = Adding { $name }…
studio-photos-added = { $name } added as { $file }.
studio-photos-same = { $name } is already there as { $file }.
studio-photos-refused = { $name } was not added:
studio-photos-too-large = { $name } is larger than 50 MB: export it smaller (for example 4000 pixels wide) and drop it again.
studio-form-tip = Tip:
studio-form-at-fields = { $count ->
    [one] 1 problem at its field below; ⚠ marks a folded part that holds one.
   *[other] { $count } problems at their fields below; ⚠ marks a folded part that holds one.
}
studio-form-add = Add
studio-form-remove = Remove
studio-form-up = Move up
studio-form-down = Move down
studio-form-limit = This list holds as many as the format allows.
studio-form-full = The record is close to 1 MiB, the format's limit: nothing more can be added.
studio-form-unset = (not set)
studio-form-moved = The date changed: the event's folder moved along.
studio-form-required = required
studio-form-noscript = The form needs JavaScript, which this browser does not run for the studio.
studio-report-heading = The report

## The studio's year page
studio-year-title = The year { $year }
studio-year-built = built
studio-year-unchanged = unchanged
studio-year-failed = failed
studio-year-verified = Checked afterwards: { $count ->
    [one] the one file matches
   *[other] all { $count } files match
} the archive's manifest
studio-year-not-verified = Checked afterwards: the archive does not match its manifest
studio-year-next = Next
studio-year-next-fix = { $count ->
    [one] 1 problem: put the record right first
   *[other] { $count } problems: put the record right first
}
studio-year-next-review = review round: { $approved } of { $tables } tables approved
studio-year-next-mail = the final mail to the aldermen
studio-year-next-web = the web article
studio-year-next-archive = the year's archive
studio-year-next-done = nothing: mailed, on the web and archived
studio-year-busy = This is running already; wait until it has ended
studio-year-web-done = The web article is in { $folder }
studio-year-yearbook-done = The yearbook is { $file } ({ $size })
studio-year-record = The year record
studio-year-record-about = The yearbook's title, cover photo, foreword and thanks (year.toml). All of it may stay empty.
studio-year-record-new = Start the year record
studio-year-archive = The archive
studio-year-archive-about = Every final event of the year as a PDF that still opens in twenty years (PDF/A, its record inside), with a yearbook and a list of every file; afterwards verslag checks the archive against that list.
studio-year-archive-run = Archive the year
studio-year-yearbook = The yearbook
studio-year-yearbook-about = The whole year in one PDF to print or send: the year in numbers, every municipality's questions and every report.
studio-year-yearbook-run = Make the yearbook
studio-year-web-run = Make the web article
studio-year-web-open = Open the web article
studio-year-yearbook-open = Open the yearbook (PDF)
studio-year-running = Running…
studio-year-progress = { $done } of { $total } events done

## verslag publish
done-published = published on the website
doing-publishing = publishing { $event }
publish-no-site = the brand names no WordPress site to publish to
hint-publish-no-site = add to the brand file: [wordpress] with site = "https://www.denormaalstezaak.nl"
publish-ask-user = WordPress user for { $site }:{" "}
publish-ask-password = Application password of { $user } for { $site }:{" "}
publish-no-user = no WordPress user given
hint-publish-no-user = set VERSLAG_WP_USER, or type the user when asked
publish-no-password = cannot read the password: { $reason }
publish-journal-read = cannot read the publish journal: { $reason }
publish-journal-write = cannot write the publish journal: { $reason }
publish-unreachable = cannot reach the site: { $reason }
hint-publish-unreachable = check the address in the brand's [wordpress] site and the network connection, then run publish again: nothing is made twice
hint-publish-timeout = the site did not answer in time; try again later (nothing is made twice), or give more time with --timeout
hint-publish-tls = the site's certificate is not trusted (expired, or for another name); ask whoever runs the site
publish-redirect = the site answers with a redirect to { $to }
hint-publish-redirect = write the address the site really has in the brand's [wordpress] site (with https:// and with or without www. as in { $to }); verslag never follows a redirect with the post
publish-login-refused = the site refused the login of { $user }
hint-publish-login-refused = use an application password (WordPress: Users > Profile > Application Passwords), not the account's own password, in VERSLAG_WP_PASSWORD or at the prompt
publish-role = { $user } may not write posts and upload files on this site
hint-publish-role = ask the site's administrator for the Author or Editor role
publish-no-api = the site has no REST API at its address
hint-publish-no-api = check the address in the brand's [wordpress] site; the REST API must not be switched off by a plugin
publish-not-json = the site answered { $status } with something that is not WordPress's JSON: "{ $start }"
publish-php-notice = the site answered { $status } with a PHP notice before its JSON: "{ $start }"
hint-publish-not-json = ask whoever runs the site to switch off PHP's display_errors and to check the security plugins; nothing was written for this step
publish-too-large = the site refused an upload of { $size } as too large
hint-publish-too-large = ask whoever runs the site to raise upload_max_filesize and post_max_size (PHP) above this size
publish-too-many = the site says there were too many requests
hint-publish-too-many = wait a few minutes and run publish again: what was made is not made twice
publish-refused = the site refused { $what } ({ $status } { $code }): { $said }
hint-publish-refused = run publish again once the site's problem is solved: what was made is not made twice
publish-published = post { $id } is no longer a draft on the site ({ $status }): an editor took it over
hint-publish-published = verslag leaves a post an editor published alone; to put the record over it (what was changed on the site is lost; the post stays published), run again with --update-published
publish-edited = post { $id } was changed on the site since verslag last wrote it
hint-publish-edited = what was changed on the site since { $since } (UTC) would be lost: make the change on the site, or run again with --overwrite-edits to put the record over it
publish-uploaded = uploaded { $name }
publish-found = found { $name } on the site, uploaded by an earlier run
publish-deleted = deleted media item { $id }, no longer in the record
publish-created = draft post { $id } made ({ $uploaded } uploaded, { $deleted } deleted): { $edit }
publish-updated = draft post { $id } updated ({ $uploaded } uploaded, { $deleted } deleted): { $edit }
publish-would-upload = would upload { $name }
publish-would-fields = would bring the alt text, caption and credit of { $name } up to date
publish-would-delete = would delete media item { $id }, no longer in the record
publish-would-create = would make a new draft post
publish-would-update = would update post { $id }
publish-dry-run = dry run: { $uploaded } to upload, { $deleted } to delete; nothing was written on the site or in the journal
publish-no-category = the site has no category { $names }
hint-publish-no-category = make it on the site (Posts > Categories), or correct the name in the brand's [wordpress] categories; nothing was written
publish-no-tag = the site has no tag { $names }
hint-publish-no-tag = make it on the site (Posts > Tags), or correct the name in the brand's [wordpress] tags; nothing was written
help-publish-dry-run = Read the site and say what would be created, updated, uploaded and deleted; write nothing

## The studio's website step
studio-publish-heading = The website
studio-publish-site = A draft post on { $site }, for an editor to publish
studio-publish-user = WordPress user
studio-publish-password = Application password
studio-publish-password-help = Made on the site under Users > Profile > Application Passwords. Used for this run only; never saved.
studio-publish-dry = Show what would happen
studio-publish-run = Put it on the site as a draft
studio-publish-working = Working…
studio-publish-needed = Type the WordPress user and the application password first.
studio-publish-again = The site refused the login: type the application password again.
studio-publish-edit = Open the draft on the site
studio-run-stopped = this run stopped on an error of verslag itself; start it again, and if it stops again, run the same command in a terminal to see the error
