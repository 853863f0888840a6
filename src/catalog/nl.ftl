### Wat verslag over problemen zegt, in het Nederlands. Elke id staat ook in en.ftl, met
### dezelfde argumenten (een test bewaakt dat). Argumenten zijn namen en waarden zoals
### getypt: vertaal ze nooit. Je-vorm, korte zinnen, gewone Nederlandse woorden.

## De woorden rond een probleem

word-error = fout
word-warning = waarschuwing
word-hint = tip
origin-env = omgevingsvariabele { $name }

## Het verslag als TOML

place-top = op het hoogste niveau
place-in = in `{ $path }`
unknown-key = onbekende sleutel `{ $name }` { $place }
hint-did-you-mean-key = bedoelde je `{ $name }`?
hint-keys-allowed = sleutels die hier kunnen: { $keys }
missing-key = de verplichte sleutel `{ $path }` ontbreekt
hint-add-section = voeg de sectie `[{ $key }]` toe
hint-add-key = voeg `{ $key } = { $example }` toe { $place }
wrong-type = `{ $path }` moet { $expected } zijn, niet { $found }
kind-string = een tekst
kind-integer = een geheel getal
kind-decimal = een decimaal getal
kind-boolean = een ja/nee-waarde (true of false)
kind-date-time = een datum met tijd
kind-time = een tijd
kind-date = een datum
kind-array = een lijst
kind-table = een tabel
expected-true-false = true of false
expected-small-whole-number = een klein geheel getal
expected-whole-number = een geheel getal
expected-number = een getal
expected-finite-number = een eindig getal
expected-list-of-texts = een lijst van teksten
expected-list-of-tables = een lijst van tabellen
hint-true-false = schrijf `true` of `false`, zonder aanhalingstekens
hint-whole-number = gebruik een geheel getal
hint-number-without-quotes = schrijf een getal zonder aanhalingstekens
hint-figure-without-quotes = schrijf het getal zonder aanhalingstekens, bijvoorbeeld `value = 12.5`; zet de eenheid in `unit`
number-too-large = `{ $path }` is te groot om te drukken: { $value }
hint-number-too-large = een getal is hoogstens 999 999 999 999 999; schrijf grote bedragen in een eenheid, zoals `unit = "miljoen euro"`
hint-ordinary-number = gebruik een gewoon getal
hint-date = schrijf de dag zonder aanhalingstekens en zonder tijd, bijvoorbeeld `{ $key } = { $example }`
list-example = { $key } = ["eerste", "tweede"]
hint-list = schrijf een lijst: `{ $example }`
list-empty = `{ $path }` is leeg: er is minstens { $min } nodig
hint-list-one = schrijf er minstens één: `{ $example }`
list-too-long = `{ $path }` heeft { $count } items; er passen er hoogstens { $max } in een verslag
hint-list-too-long = beperk de lijst tot wat er aan tafel is gezegd; voeg punten samen of laat er een paar weg
sections-missing = `[[{ $path }]]` ontbreekt: er is minstens { $min } nodig
hint-add-sections = voeg een sectie `[[{ $path }]]` toe
hint-each-entry = schrijf elk item als een eigen sectie `[[{ $path }]]`
sections-empty = `{ $path }` is leeg: er is minstens { $min } nodig
sections-too-many = `{ $path }` heeft { $count } items; er passen er hoogstens { $max } in een verslag
hint-sections-too-many = laat items weg, of verdeel het evenement over meer verslagen
hint-table = schrijf het als `[sectie]` of als `{"{"} sleutel = ... {"}"}`
hint-string = zet de tekst tussen dubbele aanhalingstekens: "..."
text-too-long = `{ $path }` is { $count } tekens lang; een tekst mag hoogstens { $max } tekens hebben
hint-text-too-long = maak de tekst korter: een verslag wordt op papier gelezen
text-blank = `{ $path }` is leeg
hint-text-blank = schrijf de tekst, of haal de sleutel weg als die niet verplicht is
text-control-character = `{ $path }` bevat een onzichtbaar stuurteken ({ $code })
hint-text-control-character = haal het weg: een escape zoals \u0000 of een geplakt stuurteken wordt niet gedrukt
text-placeholder = `{ $path }` bevat nog de voorbeeldtekst van `verslag new`
hint-text-placeholder = schrijf wat hier hoort, of haal de sleutel weg als die niet verplicht is
text-missing-glyph = `{ $path }`: het teken '{ $character }' ({ $code }) staat in geen van de lettertypen van het verslag en zou als een hokje gedrukt worden

## De regels van het verslag

municipality-twice = `tables[{ $i }].municipality`: "{ $name }" heeft al een tafel (tables[{ $first }], regel { $line })
hint-municipality-twice = elke gemeente heeft één tafel; voeg de twee tafels samen
second-cover = `{ $photo }.cover`: een tweede omslagfoto ({ $cover } is de omslagfoto, regel { $line })
hint-second-cover = hoogstens één foto mag `cover = true` hebben; haal het bij de andere foto's weg
date-year-folder = `event.date` valt in { $year }, maar de evenementmap staat in de jaarmap "{ $folder }"
hint-date-year-folder = zet evenementen in events/{ $year }/{ $iso }-<naam>/, of verbeter de datum
date-folder-name = `event.date` is { $iso }, maar de evenementmap heet "{ $folder }"
hint-date-folder-name = noem de map { $iso }-<naam> (bijvoorbeeld { $iso }-praktijktafel), of verbeter de datum
draft-without-review-by = een concept heeft `event.review_by` nodig: de dag tot wanneer de wethouders kunnen reageren
hint-draft-without-review-by = zet `review_by = 2022-11-15` (een datum, zonder aanhalingstekens) in [event]
review-by-before-event = `event.review_by` { $day } ligt vóór het evenement zelf ({ $event })
hint-review-by-before-event = de wethouders lezen na het evenement mee: kies een dag daarna
approved-before-event = `tables[{ $i }].approved` { $day } ligt vóór het evenement ({ $event })
hint-approved-before-event = een akkoord komt na het evenement: kijk de dag na
photo-no-alt = `{ $key }` heeft geen `alt`: een schermlezer leest dan het bijschrift "{ $caption }" voor
hint-photo-no-alt = zet `alt = "..."` bij { $key } met wat er op de foto te zien is; het bijschrift zegt wat er gebeurde, de alt-tekst wat je ziet
thousands-point = `{ $key }`: { $raw } wordt gelezen als { $spoken }; schrijf { $digits } (of { $grouped })
hint-thousands-point = voor een kommagetal schrijf je vier cijfers na de punt: { $raw }0
solution-list = `{ $key }` heeft één oplossing die eruitziet als een opsomming van { $count }
hint-solution-list = zet elke oplossing tussen eigen aanhalingstekens: solutions = [{ $solutions }]

## Foto's

folder-event = evenementmap
folder-year = jaarmap
photo-problem = `{ $key }`: { $problem }
photo-leaves-folder = "{ $name }" verwijst naar een plek buiten de { $folder }
hint-photo-leaves-folder = foto's staan in de { $folder }; schrijf een pad zoals "{ $example }" (geen `..`, geen `/` aan het begin)
photo-backslash = "{ $name }" heeft een \ tussen mappen
hint-photo-backslash = schrijf / tussen mappen: "{ $path }"
photo-capitals = "{ $name }" verschilt in hoofdletters van het bestand "{ $actual }"
hint-photo-capitals = schrijf "{ $actual }": op andere computers tellen hoofdletters mee
photo-accents = "{ $name }" schrijft de accenten anders dan de bestandsnaam "{ $actual }"
hint-photo-accents = kopieer de bestandsnaam naar event.toml (macOS en Windows schrijven accenten verschillend; de naam in event.toml moet precies gelijk zijn aan die van het bestand)
photo-missing = het bestand "{ $name }" bestaat niet
hint-photo-typo = bedoelde je "{ $actual }"? Paden gaan uit van de { $folder } { $dir }
hint-photo-missing = paden gaan uit van de { $folder } { $dir }; kijk de spelling en de extensie na
photo-link-out = "{ $name }" is een koppeling die buiten de { $folder } leidt
hint-photo-link-out = kopieer de foto naar de { $folder } in plaats van ernaar te verwijzen
photo-is-folder = "{ $name }" is een map, geen foto
hint-photo-is-folder = noem het fotobestand zelf, bijvoorbeeld "photos/naam.jpg"
photo-too-small = "{ $name }" is maar { $width } x { $height } pixels: te klein om te drukken
hint-photo-too-small = een foto heeft minstens { $min } pixels aan de korte kant nodig; gebruik de originele foto
photo-refused = "{ $name }": { $reason }
hint-photo-too-large = maak de foto kleiner in een fotoprogramma en exporteer hem opnieuw als JPEG
hint-photo-unreadable = open de foto in een fotoviewer; exporteer hem opnieuw als JPEG als hij niet verschijnt
photo-not-a-photo = "{ $name }" is { $kind }, geen JPEG-, PNG- of WebP-foto
hint-photo-heic = een iPhone slaat foto's op als HEIC. Mail of AirDrop de foto naar jezelf, dan wordt hij een JPEG. Of zet de iPhone alvast voor het volgende evenement op Instellingen > Camera > Structuur > Meest compatibel. Noem daarna het JPEG-bestand
hint-photo-export = exporteer of bewaar de foto als JPEG (of PNG/WebP) en noem dat bestand
photo-unreadable = "{ $name }" is niet te lezen: { $reason }
hint-photo-readable = kijk na of het bestand leesbaar is
file-empty = een leeg bestand
file-heic = een HEIC/HEIF- of videobestand (iPhone-formaat)
file-tiff = een TIFF-afbeelding
file-gif = een GIF-afbeelding
file-pdf = een PDF-document
file-text = een tekstbestand
file-unknown = een onbekend soort bestand

## De secties van het verslag

version-unsupported = deze versie van verslag kan versie { $version } van het bestandsformaat niet lezen, alleen versie { $supported }
hint-version-unsupported = zet `version = 1`, of gebruik de versie van verslag waarmee dit bestand gemaakt is
hint-status-small-letters = schrijf het in kleine letters: `status = "{ $status }"`
hint-status = schrijf `status = "draft"` zolang de wethouders hun tafel nalezen, en `status = "final"` (de standaard) zodra ze dat gedaan hebben
status-unknown = `{ $path }` moet "draft" of "final" zijn, niet "{ $value }"
language-unknown = `{ $path }` moet "nl" of "en" zijn, niet "{ $value }"
hint-language = schrijf `language = "nl"` (Nederlands, de standaard) of `language = "en"`

## TOML-syntax

toml-syntax = TOML-syntaxfout: { $detail }
toml-date-year = TOML-syntaxfout: ongeldige datum, het jaar moet vier cijfers hebben (JJJJ)
toml-date-month = TOML-syntaxfout: ongeldige datum, de maand moet tussen 01 en 12 liggen
toml-date-day = TOML-syntaxfout: ongeldige datum, de dag moet tussen 01 en 31 liggen
toml-unclosed-string = TOML-syntaxfout: een tekst zonder afsluitend `"`
toml-duplicate = TOML-syntaxfout: dubbele sleutel
toml-unquoted = TOML-syntaxfout: tekst hoort tussen aanhalingstekens
toml-duplicate-key = TOML-syntaxfout: de sleutel `{ $key }` komt eerder in deze tabel al voor
toml-control-character = TOML-syntaxfout: hier staat een onzichtbaar stuurteken ({ $code })
hint-toml-control-character = haal het weg: typ de tekst rond deze plek opnieuw (het kan met kopiëren en plakken zijn meegekomen)
toml-too-deep = TOML-syntaxfout: te veel `[` of `{"{"}` in elkaar
hint-toml-too-deep = een verslag heeft hoogstens een paar niveaus; zie docs/record-format.md
toml-not-a-date = TOML-syntaxfout: `{ $key } = { $value }` is geen datum
hint-toml-date = schrijf de dag als { $example } (jaar-maand-dag, zonder aanhalingstekens)
toml-thousands-points = TOML-syntaxfout: { $value } is geen getal; schrijf { $digits } (of { $grouped })
hint-toml-thousands-points = TOML kent geen punten tussen duizendtallen: schrijf alleen de cijfers, of zet er _ tussen; een kommagetal krijgt één punt: 2.5
toml-decimal-comma-or-thousands = TOML-syntaxfout: { $value } is geen getal; schrijf { $decimal }, of { $whole } voor een geheel getal
toml-decimal-comma = TOML-syntaxfout: { $value } is geen getal; schrijf { $decimal }
hint-toml-decimal-comma = een kommagetal krijgt een punt, geen komma; duizendtallen krijgen geen scheidingsteken (2345 of 2_345)
hint-toml-duplicate = een sleutel mag één keer per tabel voorkomen; haal de tweede weg of geef hem een andere naam
hint-toml-date-form = een datum schrijf je als 2022-11-01 (jaar-maand-dag), zonder aanhalingstekens
hint-toml-string = tekst staat tussen dubbele aanhalingstekens; gebruik """ ... """ voor tekst over meer regels
hint-toml-syntax = in docs/record-format.md staat hoe je het bestand schrijft

## Akkoorden

table-open = `tables[{ $i }]` ({ $municipality }) heeft geen `approved` en het meelezen loopt tot { $until }
hint-table-open = geef akkoord met `approved = { $today }` in tables[{ $i }], wacht tot na { $until }, of ga verder zonder dit akkoord: { $flag }
open-refused = { $problem }: een definitief verslag wordt tot dan niet { $what }
open-refused-later = { $problem }: `mail`, `archive` en `web` weigeren dit definitieve verslag tot dan
hint-did-you-mean = bedoelde je "{ $name }"?
hint-name-a-table = noem de gemeente van een tafel: { $names }
not-a-table = "{ $name }" is geen tafel van { $event }

## Lettertypen

hint-glyph-coverage = de meegeleverde lettertypen hebben Latijnse, Griekse, Cyrillische, Arabische en Hebreeuwse letters en emoji tot Unicode 9 (2016). Wil je het teken drukken? Voeg dan een lettertype met dat teken toe aan een huisstijl (in brand.toml: [fonts] files = ["fonts/NotoSansJP-Regular.otf"] en fallback = ["Noto Sans JP"]) en geef --brand mee. Of schrijf het in Latijnse letters
hint-glyph-coverage-brand = de meegeleverde lettertypen hebben Latijnse, Griekse, Cyrillische, Arabische en Hebreeuwse letters en emoji tot Unicode 9 (2016); daarnaast zijn er de lettertypen van de huisstijl: { $families }. Wil je het teken drukken? Voeg dan een lettertype met dat teken toe aan een huisstijl (in brand.toml: [fonts] files = ["fonts/NotoSansJP-Regular.otf"] en fallback = ["Noto Sans JP"]) en geef --brand mee. Of schrijf het in Latijnse letters

## Hoe een opdracht eindigt

problems-found = { $count ->
    [one] { $count } probleem
   *[other] { $count } problemen
} gevonden
problems-nothing-written = { $count ->
    [one] { $count } probleem
   *[other] { $count } problemen
} gevonden; voor een mislukt evenement is geen { $thing } gemaakt
problems-no-yearbook = { $count ->
    [one] { $count } probleem
   *[other] { $count } problemen
} gevonden; er is geen jaarboek gemaakt
thing-report = verslag
thing-web-page = webpagina
done-mailed = gemaild
done-archived = gearchiveerd
done-on-the-web = op de website gezet

## Een verslag lezen

cannot-read = niet te lezen: { $reason }
cannot-open = niet te openen: { $reason }
hint-name-an-event = noem een evenementmap (events/<jaar>/<datum>-<naam>) of de event.toml erin
folder-without-record = deze evenementmap heeft geen event.toml
hint-folder-without-record = maak er een met `verslag new DATUM NAAM`, of noem de juiste map
io-not-found = dat bestand of die map bestaat niet
io-permission-denied = geen toegang
io-other = { $detail }
file-invalid-encoding = het bestand is opgeslagen als { $encoding }, maar is geen geldige { $encoding }-tekst
file-utf16-without-mark = het bestand lijkt bewaard als UTF-16 zonder byte order mark
file-not-utf8 = het bestand is geen UTF-8-tekst: byte { $byte } kan hier geen teken beginnen
hint-save-as-utf8 = bewaar het bestand als UTF-8 in je editor ("Opslaan als", codering UTF-8)
record-too-large = dit bestand is { $size } MB; het mag hoogstens { $max } kB zijn
hint-record-too-large = een event.toml bevat alleen tekst; foto's zijn aparte bestanden die je in [[photos]] noemt

## De huisstijl

brand-syntax = huisstijl: { $detail }
hint-brand-syntax = zie templates/brand.toml voor elke sleutel van een huisstijlbestand
brand-colour = de huisstijlkleur "{ $colour }" is geen hexadecimale kleur
hint-brand-colour = schrijf kleuren als "#RRGGBB", bijvoorbeeld "#17324D"
brand-font-not-bundled = het lettertype "{ $font }" zit niet bij verslag
brand-font-unknown = het lettertype "{ $font }" zit niet bij verslag en staat niet in de lettertypebestanden van de huisstijl
hint-brand-fonts-available = beschikbare lettertypen: { $fonts }
brand-wordpress-foldouts = `wordpress.foldouts` "{ $value }" is geen soort uitklapblok dat verslag kent
hint-brand-wordpress-foldouts = schrijf "details-block" (WordPress 6.3 en later), "wpex" (de [wpex]-shortcode) of "html" (een gewone <details>); laat het weg om het blok te gebruiken waar de site het heeft
brand-wordpress-site = `wordpress.site` "{ $url }" is geen adres van een site waar verslag een wachtwoord naartoe mag sturen
hint-brand-wordpress-site = schrijf het adres van de site, beginnend met https:// (http:// alleen voor een site op deze computer), bijvoorbeeld "https://www.denormaalstezaak.nl"
brand-base-url = `web.base_url` "{ $url }" is geen webadres
hint-brand-base-url = schrijf het adres waaronder de artikelen staan, beginnend met https://, bijvoorbeeld "https://www.denormaalstezaak.nl/verslagen/"
brand-logo-kind = het logo "{ $logo }" moet een SVG-, PNG- of JPEG-bestand zijn
hint-brand-logo-kind = een SVG-logo wordt het scherpst gedrukt
hint-brand-logo-missing = zet het logo naast het huisstijlbestand
brand-builtin-no-fonts = de ingebouwde huisstijl heeft geen lettertypebestanden
hint-brand-builtin-no-fonts = exporteer een huisstijl met `verslag templates export MAP` en zet de lettertypen daar
brand-font-pattern = "{ $pattern }" is geen geldig patroon: { $detail }
hint-brand-font-pattern = schrijf een bestandsnaam, of een patroon zoals "fonts/*.otf"
brand-font-pattern-none = "{ $pattern }" past op geen enkel bestand naast het huisstijlbestand
brand-font-missing = er is geen lettertypebestand "{ $pattern }" naast het huisstijlbestand
hint-brand-font-folder = lettertypebestanden worden gezocht vanuit de map van het huisstijlbestand { $folder }
brand-font-outside = "{ $file }" ligt buiten de map van het huisstijlbestand
hint-brand-font-outside = zet de lettertypebestanden in de map van de huisstijl, bijvoorbeeld in fonts/
brand-font-refused = "{ $file }" { $reason }
hint-brand-font-refused = gebruik een OTF-, TTF- of TTC-bestand waarvan de licentie insluiten toestaat (de SIL Open Font License doet dat)
brand-not-utf8 = het huisstijlbestand is geen UTF-8-tekst

## Concepten, evenementen van een opdracht, contacten

draft-refused = dit verslag is een concept dat wordt nagelezen: een concept wordt niet { $what }
hint-draft-refused = zet `status = "final"` zodra de tafels akkoord zijn
hint-draft-refused-review-by = zet `status = "final"` zodra de tafels akkoord zijn of `review_by` ({ $day }) voorbij is
done-mailed-as-final = als definitief gemaild
no-event-named = geen evenement gevonden bij "{ $arg }"
hint-no-event-named = schrijf de mapnaam van het evenement en de gemeente: --without-approval 2022-11-01-praktijktafel-amersfoort/Baarn
hint-name-one-of = noem één van deze: { $names }
not-an-event-of-the-run = "{ $event }" is geen evenement van deze opdracht
contact-not-an-address = `{ $key }`: "{ $address }" is geen e-mailadres: { $why }
hint-contact-address = schrijf het als naam@domein.nl
contact-repeated = `contacts[{ $i }]` herhaalt contacts[{ $first }] (regel { $line })
hint-contact-repeated = houd één item per wethouder
address-no-at = er staat geen @ in
address-empty-part = er ontbreekt tekst voor of na de @
address-bad-character = er staat een spatie, komma, puntkomma of punthaak in
address-no-domain = het deel na de @ is geen domein zoals example.org
address-invalid = het is geen geldig adres
hint-contacts-file = schrijf de adressen van de wethouders in dit bestand (`verslag new` schrijft er een om in te vullen), of noem een ander bestand met --contacts:
    {"["}[contacts]] per wethouder, met name = "Erwin Jansma", municipality = "Baarn", email = "e.jansma@baarn.nl"
year-record-folder = year.toml hoort in een jaarmap, niet in "{ $folder }"
hint-year-record-folder = zet het in events/<jaar>/year.toml, naast de evenementmappen van dat jaar
photo-soft = `{ $key }`: "{ $name }" wordt gedrukt op { $ppi } ppi ({ $width } x { $height } pixels voor { $width_mm } x { $height_mm } mm): hij ziet er dan onscherp uit
hint-photo-soft = gebruik de originele foto van de camera of telefoon, geen kopie uit een chat of van een website
brand-font-unusable = het lettertypebestand van de huisstijl is niet te gebruiken: { $reason }
hint-brand-font-unusable = voer de opdracht nog een keer uit; verslag controleert de lettertypen van de huisstijl dan opnieuw

## Bestanden en mappen

io-exists = het bestaat al
io-disk-full = de schijf is vol
io-read-only = de schijf is alleen te lezen
io-is-a-folder = het is een map
io-not-a-folder = een deel van het pad is geen map
cannot-create-folder = de map kan niet gemaakt worden: { $reason }

## Sjablonen en nieuwe evenementen

templates-cannot-open = de sjablonenmap is niet te openen: { $reason }
hint-templates-export = exporteer de ingebouwde sjablonen met `verslag templates export MAP`
templates-too-many = de sjablonenmap heeft meer dan { $max } bestanden
hint-templates-too-many = houd er alleen de sjablonen en hun afbeeldingen in
templates-no-report = de sjablonenmap heeft geen report.typ
hint-templates-no-report = exporteer de ingebouwde sjablonen met `verslag templates export MAP` en pas ze aan
template-not-utf8 = het sjabloon is geen UTF-8-tekst
templates-contract-1 = ze hebben geen chapter.typ, waarmee het jaarboek de verslagen inbindt
templates-contract-2 = hun hoofdstukken eindigen elk met een eigen achterkant, terwijl het jaarboek er één voor het hele boek heeft
templates-old-contract = deze sjablonen komen uit een oudere versie van verslag (sjablooncontract { $contract }): { $why }
hint-templates-old-contract = exporteer de sjablonen opnieuw (`verslag templates export NIEUWEMAP`) en neem je wijzigingen over; zie docs/templates.md, "Template contract"
export-brand-parent = de huisstijl noemt een bestand via `..`
hint-export-brand-parent = schrijf de paden van logo en lettertypen vanuit de eigen map van de huisstijl (bijvoorbeeld "fonts/x.otf") om hem te exporteren
export-exists = bestaat al; er is niets geschreven
hint-export-exists = exporteer naar een nieuwe of lege map
new-not-a-date = "{ $date }" is geen datum
hint-new-date = schrijf de dag van het evenement als JJJJ-MM-DD, bijvoorbeeld 2024-03-14
new-name = "{ $name }": een evenementnaam mag alleen kleine letters, cijfers en streepjes bevatten
hint-new-name = bijvoorbeeld: praktijktafel-soest
new-exists = dit evenement bestaat al; er is niets veranderd
hint-new-exists = kies een andere naam, of pas de bestaande event.toml aan

## Mail

smtp-not-set = er is geen SMTP-server ingesteld
hint-smtp-not-set = zet VERSLAG_SMTP_URL=smtp://gebruiker@mail.example.org:587 of geef --smtp-url mee
mail-uncertain = het bericht aan { $who } is misschien al bezorgd: een eerdere opdracht werd afgebroken terwijl de server het aannam. Daarom verstuurt verslag het niet vanzelf opnieuw
hint-mail-uncertain = vraag of het is aangekomen; zo ja, zet de regel "- { $address }" in { $journal }; zo nee, verstuur het met --resend { $municipality }
hint-outbox-writable = er is niets verstuurd; zorg dat je in de outbox-map kunt schrijven
mail-example-sender = de afzender { $from } hoort bij { $domain }, een domein dat alleen voor voorbeelden bestaat: geen mailserver bezorgt mail van dat adres
hint-mail-example-sender = zet de afzender van het netwerk zelf in de [mail]-tabel van een huisstijlbestand (from_name = "..." en from_address = "...") en geef dat bestand mee met --brand; zie de README, "Mailing the report to the aldermen"
mail-example-address = het adres van { $name } ({ $municipality }) hoort bij { $domain }, een domein dat alleen voor voorbeelden bestaat: mail daarheen komt nooit aan
hint-mail-example-address = schrijf het echte adres van de wethouder in het contactenbestand
outbox-stale = geschreven vóór een wijziging in { $changed }: zo verstuur je een versie die niet meer klopt
hint-outbox-stale = schrijf de outbox opnieuw met `{ $command }`, kijk hem na en verstuur dan; er is niets verstuurd
mail-no-sender = de huisstijl heeft geen afzender: voeg een [mail]-tabel toe met from_name en from_address
mail-bad-sender = [mail] from_address: { $reason }
hint-journal-readable = er is niets verstuurd; zorg dat de outbox-map en sent.log te lezen en te schrijven zijn
resend-unknown = "{ $name }" krijgt geen bericht van dit evenement
hint-resend-unknown = noem een gemeente of adres van een tafel: { $names }
mail-no-contact = `tables[{ $i }]`: geen contact voor { $host } van { $municipality } in { $file }
hint-mail-add-contact = voeg {"["}[contacts]] toe met name = "{ $host }", municipality = "{ $municipality }" en email = "..."
hint-contact-name-near = bedoelde je "{ $name }"? Zo staat de wethouder van { $municipality } in de contacten; schrijf de naam in beide bestanden precies hetzelfde
hint-contact-municipality-near = bedoelde je "{ $municipality }"? Daar staat { $host } in de contacten
mail-template-missing = de sjablonenmap heeft geen { $name }; de ingebouwde wordt gebruikt
hint-mail-template-missing = exporteer de ingebouwde sjablonen naar een nieuwe map om ook de mail anders te verwoorden
mail-template-subject = de eerste regel van een mailsjabloon is het onderwerp
hint-mail-template-subject = begin het bestand met `Onderwerp: ...` (of `Subject: ...`), dan een lege regel en de tekst
hint-placeholders = de invulplekken zijn { $names }
hint-placeholder-near = bedoelde je { $name }?
mail-template-placeholder = onbekende invulplek `{ $placeholder }` in het mailsjabloon

## Bestanden schrijven, vergrendelen

settings-no-config-folder = deze computer heeft geen map voor instellingen
settings-brand-absolute = geef het merkbestand met zijn hele pad, bijvoorbeeld C:\Users\naam\Documents\merk\brand.toml
settings-smtp-scheme = "{ $url }" is geen adres van een mailserver: dat begint met smtp:// of smtps://
settings-smtp-password = in het adres van de mailserver staat een wachtwoord: laat het weg; de studio vraagt het bij elke verzending en bewaart het nooit
upload-name = "{ $name }" kan hier geen naam van een foto zijn
hint-upload-name = geef het bestand op uw computer een andere naam (geen mappen, geen "..", niet beginnend met een punt) en sleep het opnieuw
upload-extension = "{ $name }" heeft geen naam van een foto (.jpg, .jpeg, .png of .webp)
upload-cut = de foto is niet heel aangekomen; sleep hem opnieuw
fs-cannot = { $what } lukt niet: { $reason }
hint-fs-cannot = kijk na of de map bestaat en beschrijfbaar is, en of er ruimte op de schijf is
fs-create-its-folder = de map ervoor maken
fs-create-temp-file = een tijdelijk bestand maken
fs-write = schrijven
fs-replace = vervangen
fs-write-exists = schrijven (het bestaat al)
fs-create-temp-folder = een tijdelijke map maken
fs-file-not-folder = is een bestand, geen map; er is niets geschreven
hint-fs-file-not-folder = zet het bestand ergens anders neer en probeer het opnieuw
fs-too-large = het bestand is groter dan { $max } kB
hint-folder-writable = kijk na of je in de map kunt schrijven
hint-lock-folder = kijk na of je op de schijf kunt schrijven; er is niets gedaan
lock-file = het vergrendelbestand kan niet gemaakt worden: { $reason }
hint-lock-file = verslag vergrendelt de map zodat er nooit twee opdrachten tegelijk in werken; maak de map beschrijfbaar (er is niets gedaan)
lock-held-by = er loopt al een andere opdracht van verslag: { $doing } (proces { $pid }, begonnen { $started })
lock-held = er loopt al een andere opdracht van verslag in { $folder }
hint-lock-held = wacht tot die klaar is en probeer het dan opnieuw; deze opdracht heeft niets verstuurd of geschreven
lock-unsupported = de map kan niet vergrendeld worden ({ $reason }): het bestandssysteem kent geen vergrendeling
hint-lock-unsupported = gebruik een map op een lokale schijf (--outbox of --archive); zonder vergrendeling kunnen twee opdrachten tegelijk dubbel versturen of schrijven, dus er is niets gedaan

## Het archief en het jaarboek

manifest-not-utf8 = het manifest is geen UTF-8-tekst
hint-manifest-hand-edited = het manifest wordt geschreven door `verslag archive`; zet het terug uit een back-up, of zet het opzij en maak het jaar opnieuw met `verslag archive`
manifest-invalid = het manifest klopt niet: { $detail }
manifest-format = deze versie van verslag kent manifestformaat { $format } niet
hint-manifest-format = gebruik de versie van verslag die dit archief schreef
verify-no-manifest = er is geen manifest: dit jaar heeft geen archief
hint-verify-no-manifest = maak het met `verslag archive { $year }`
verify-missing = ontbreekt: het manifest noemt het, de map heeft het niet
hint-verify-missing = zet het terug uit een back-up
verify-changed = veranderd: { $size } bytes met SHA-256 { $sha }, het manifest zegt { $listed_size } bytes met { $listed_sha }
hint-verify-changed = zet het terug uit een back-up; een gearchiveerd bestand mag niet veranderen
verify-unexpected = onverwacht: niet in het manifest
hint-verify-unexpected = haal het uit de archiefmap, of draai `verslag archive` als het erbij hoort
archive-no-events = geen evenementen om te archiveren voor { $year }
yearbook-no-events = geen evenementen voor een jaarboek van { $year }
hint-no-events = evenementen staan in events/<jaar>/<datum>-<naam>/event.toml; kijk het jaar en --events na
yearbook-cover = de omslagfoto "{ $name }" is niet te gebruiken: { $reason }
hint-yearbook-cover = noem een andere foto in [cover], of herstel deze
approved-in-the-future = `tables[{ $i }].approved` { $day } ligt na vandaag ({ $today })
hint-approved-in-the-future = een akkoord is een dag die geweest is: kijk het jaar en de maand na

## Meekijken, de webpagina

watch-cannot = kan niet op wijzigingen letten: { $reason }
hint-watch-cannot = `verslag build` werkt ook zonder meekijken
watch-cannot-file = kan er niet op letten: { $reason }
hint-watch-cannot-file = kijk na of het bestaat; `verslag build` werkt ook zonder meekijken
web-font-licence = het lettertype "{ $family }" mag niet op een website (de licentiebits staan alleen bekijken en afdrukken toe); de webpagina gebruikt in plaats daarvan { $instead }
hint-web-font-licence = vraag de maker van het lettertype om een weblicentie en een lettertypebestand waarvan de licentiebits installeren of bewerken toestaan; de PDF mag dit lettertype gewoon gebruiken
web-font-subset = het lettertype "{ $family }" kan niet voor het web verkleind worden: { $reason }
hint-web-font-subset = de pagina gebruikt voor die tekens het volgende lettertype van de huisstijl
web-templates-missing = de sjablonenmap heeft geen { $names }; de ingebouwde worden gebruikt
hint-web-templates-missing = exporteer de ingebouwde sjablonen naar een nieuwe map om ook de webpagina aan te passen

## De fotoverwerking

photo-no-pixels = de foto heeft geen pixels
photo-claims-too-many-pixels = de foto zegt { $width } x { $height } pixels te hebben; er mogen hoogstens { $megapixels } megapixels en { $side } pixels per kant zijn
photo-cut-short = het bestand houdt te vroeg op
photo-jpeg-header = de kop van de JPEG is niet te lezen
photo-jpeg-feature = deze JPEG gebruikt iets wat verslag niet kan lezen ({ $feature })
photo-jpeg-cut-short = de JPEG houdt te vroeg op: het bestand is niet compleet
photo-jpeg-damaged = de JPEG is niet te decoderen ({ $detail }); hij is misschien beschadigd of niet compleet
photo-kind-unsupported = dit soort afbeelding wordt niet ondersteund
photo-too-large-to-decode = de foto is te groot om te decoderen
photo-damaged = de foto is niet te decoderen ({ $detail }); hij is misschien beschadigd of niet compleet
photo-too-wide = de foto is te breed om op te slaan
photo-too-high = de foto is te hoog om op te slaan
photo-encode = de foto kan niet opgeslagen worden ({ $detail })
photo-resize = de foto kan niet verkleind worden ({ $detail })
typst-says = Typst meldt: { $detail }

## De SMTP-server, het meelezen, websjablonen

smtp-url-scheme = de SMTP-URL moet beginnen met smtp:// of smtps://
smtp-url-password = de SMTP-URL bevat een wachtwoord: zet dat nooit op de opdrachtregel of in een bestand; zet VERSLAG_SMTP_PASSWORD of typ het als erom gevraagd wordt
smtp-url-port = "{ $port }" is geen poortnummer
smtp-url-address = "{ $address }" is geen serveradres
smtp-url-no-server = de SMTP-URL noemt geen server
smtp-url-other-scheme = "{ $scheme }://" is geen SMTP-URL; gebruik smtp:// of smtps://
review-final = `mail --review` stuurt een concept om na te lezen, maar dit verslag is definitief
hint-review-final = laat --review weg om het definitieve verslag te mailen; zet `status = "draft"` en `review_by` om de wethouders eerst te laten meelezen
review-by-passed = `event.review_by` { $day } is voorbij (vandaag is { $today }): de wethouders zouden geen tijd hebben om te reageren
hint-review-by-passed = kies voor review_by een nieuwe dag, een paar dagen na vandaag, en verstuur dan
web-template-error-detail = fout in het sjabloon: { $detail } ({ $kind })
web-template-error = fout in het sjabloon: { $kind }
hint-web-template-error = herstel het sjabloon, of exporteer de ingebouwde opnieuw om te vergelijken

## Lettertypebestanden

font-changed = is veranderd sinds het gecontroleerd werd
font-unreadable = is geen lettertype dat gelezen kan worden (OTF, TTF of TTC); het houdt misschien te vroeg op
font-restricted = verbiedt insluiten (de licentie zet fsType op "restricted"): een PDF kan het niet meenemen
font-no-subsetting = staat insluiten alleen in zijn geheel of als bitmap toe (fsType van de licentie): een PDF kan het niet meenemen zoals verslag lettertypen insluit
font-cannot-be-read = is niet te lezen: { $reason }
doing-sending = { $folder } aan het versturen
doing-writing = { $folder } aan het schrijven
doing-web-page = de webpagina { $folder } aan het schrijven
doing-archiving = { $folder } aan het archiveren
part-record = event.toml
part-photos = een foto
part-brand = de huisstijl, het logo of de lettertypen ervan
part-templates = de sjablonen
part-fonts = de lettertypen
part-verslag = verslag zelf (een andere versie)
part-unknown = het bericht zegt niet waarvan het gemaakt is
part-contact = het contact van { $name } in { $file }
list-and = { $first } en { $last }
smtp-no-utf8 = de server kan geen adressen met accenten aannemen (geen SMTPUTF8)
smtp-no-8bit = de server kan geen 8-bits berichten aannemen (geen 8BITMIME)
smtp-timeout = de server antwoordde niet op tijd
smtp-login-refused = de server weigerde het inloggen ({ $reply })
smtp-refused = de server weigerde het bericht ({ $reply })
smtp-not-now = de server kon het bericht nu niet aannemen ({ $reply })
smtp-broke = de verbinding werd verbroken ({ $reply })
smtp-unreachable = de server is niet te bereiken ({ $reply })
cannot-read-file = { $file } is niet te lezen: { $reason }
journal-not-sent = { $reason }; het bericht is niet verstuurd
journal-after-send = de server heeft het aangenomen, maar { $reason }; het wordt niet opnieuw verstuurd, tenzij je het noemt met --resend
journal-cannot-read = het logboek { $file } is niet te lezen: { $reason }
journal-cannot-create = { $folder } kan niet gemaakt worden: { $reason }
journal-cannot-write = het logboek { $file } kan niet geschreven worden: { $reason }
brand-logo-missing = er is geen logobestand "{ $logo }" naast het huisstijlbestand
brand-logo-outside = het logo "{ $logo }" ligt buiten de map van het huisstijlbestand

## Wat een opdracht zegt als hij klaar is

word-next = volgende stap
check-ok = { $dir }: "{ $title }", { $date }, { $tables ->
    [one] { $tables } tafel
   *[other] { $tables } tafels
}, { $photos ->
    [one] { $photos } foto
   *[other] { $photos } foto's
}
check-ok-year = { $path }: gegevens voor het jaarboek van { $year }
check-ok-year-titled = { $path }: gegevens voor het jaarboek van { $year }, "{ $title }"
next-build = `verslag build { $events }` maakt het verslag (`verslag watch EVENEMENT` maakt het opnieuw telkens als je opslaat)
archive-done = { $dir }: { $built } gemaakt, { $unchanged } ongewijzigd, { $failed } mislukt; { $yearbook }
next-after-archive = `verslag yearbook { $year }` maakt een exemplaar van het jaarboek om te drukken; `verslag verify { $year }` controleert het archief wanneer je wilt
verify-ok = { $dir }: { $count ->
    [one] het enige bestand klopt
   *[other] alle { $count } bestanden kloppen
} met het manifest
yearbook-built = jaarboek gemaakt
yearbook-unchanged = jaarboek ongewijzigd
yearbook-failed = jaarboek mislukt
yearbook-not-rebuilt = jaarboek niet opnieuw gemaakt: { $failing } mislukt
next-review = `verslag mail --review { $event }` stuurt het concept naar de wethouders om na te lezen
next-mail = `verslag mail { $event }` schrijft de mail met het verslag aan de wethouders
watching = verslag let op wijzigingen in { $dir }; stop met Ctrl-C
watch-wrote = { $file } geschreven
watch-built = { $file } gemaakt in { $seconds } s
watch-kept = { $count ->
    [one] { $count } probleem
   *[other] { $count } problemen
}; het laatste goede verslag blijft staan. Wachten tot je weer opslaat...
watch-nothing-yet = { $count ->
    [one] { $count } probleem
   *[other] { $count } problemen
}; er is nog geen verslag gemaakt. Wachten tot je weer opslaat...
next-new = vul event.toml in, zet de foto's in { $photos } en voer daarna `verslag check { $folder }` uit

## De regels van de mailronde

mail-sent = verstuurd: { $who }
mail-maybe-delivered-because = misschien bezorgd: { $who }: { $why }
mail-not-sent-because = niet verstuurd: { $who }: { $why }
mail-summary = { $server }: { $sent } verstuurd, { $failed } niet verstuurd
mail-again = geef dezelfde opdracht nog eens om alleen deze te versturen
mail-again-without-resend = geef de opdracht nog eens zonder --resend om alleen deze te versturen
mail-again-resend = geef de opdracht nog eens met alleen --resend { $resend } om alleen deze te versturen
mail-not-sent = niet verstuurd: { $names }; { $again }
mail-would-send = zou versturen: { $who }: { $subject }
next-read-outbox = lees de berichten in { $outbox }, daarna `{ $command }`
next-status = `verslag status { $event }` laat de akkoorden van de tafels zien zodra ze binnenkomen
next-web = `verslag web { $event }` maakt het webartikel
mail-older-report = de wethouders van { $names } hebben een verslag van vóór een wijziging in het verslag (of de foto's of de vormgeving); om ze het nieuwe te sturen schrijf je het met `{ $write }`, lees je het na en verstuur je het met `{ $send }`
mail-already-sent = al verstuurd: { $who }
mail-maybe-delivered = misschien bezorgd: { $who }
mail-year-record = { $path } is een jaarverslag, geen evenement: er is niets te mailen
nothing-sent = er is niets verstuurd
press-enter = Druk op Enter om dit venster te sluiten.
nothing-archived = er is niets gearchiveerd
nothing-archived-manifest = er is niets gearchiveerd: eerst moet het manifest kloppen
verify-problems = { $dir }: { $count } bestanden kloppen, { $problems } problemen

## status

next-approve = zet het akkoord van elke tafel in event.toml (`approved = { $today }`), zet `status = "final"` en daarna `verslag mail { $event }`
status-draft = concept
status-final = definitief
status-review = , meelezen tot { $day }
status-review-passed = , meelezen tot { $day }, voorbij
status-event = { $event }: { $status }{ $review }; { $approved } van de { $tables } tafels akkoord
status-approved-note = akkoord op { $day } ({ $note })
status-approved = akkoord op { $day }
status-review-sent = open; ter controle gestuurd op { $time } aan { $host }
status-no-review-sent = open; vanuit deze outbox niets ter controle gestuurd aan { $host }
status-mailed-at = verslag gemaild op { $time }
status-mailed = verslag gemaild
status-maybe-delivered = verslag misschien bezorgd
status-not-mailed = verslag nog niet gemaild
lock-waiting = { $held }; verslag wacht daarop
next-archive = `verslag archive { $year }` archiveert het jaar zodra de evenementen klaar zijn
web-no-base-url = de huisstijl heeft geen [web] base_url: de pagina's gebruiken adressen ten opzichte van zichzelf, en og:image, og:url en de canonieke link ontbreken (zet base_url in de huisstijl om ze te krijgen)

photo-cache-hit = uit de cache, { $size } jpg, { $kb } kB
photo-decoded = omgezet { $original } -> { $size } { $ext }, { $kb } kB in { $ms } ms
photo-decoded-scaled = omgezet { $original } op { $scale } in het DCT-domein -> { $size } { $ext }, { $kb } kB in { $ms } ms
photo-not-cached = { $log } (niet in de cache bewaard: { $reason })
verbose-built = { $path } gemaakt
verbose-unchanged = { $name }: ongewijzigd

interrupted = onderbroken; er is geen bestand half geschreven achtergelaten

## verslag studio

studio-open = verslag studio: open { $url } in je browser (Ctrl-C stopt hem)
studio-running = verslag studio draait al voor deze evenementenmap: { $url }
studio-no-root = de evenementenmap kan niet worden geopend: { $reason }
hint-studio-no-root = geef met --events de map met de jaarmappen, of maak hem met `verslag new`
studio-cannot-listen = kan niet luisteren op 127.0.0.1 poort { $port }: { $reason }
hint-studio-port = een ander programma gebruikt deze poort: laat --port weg voor een vrije poort
studio-no-random = het systeem geeft geen willekeurige getallen voor de sessiesleutel: { $reason }
studio-refused-host = Dit adres is niet dat van de studio: open het adres dat verslag studio toonde.
studio-refused-token = Open het adres dat verslag studio in zijn venster toonde (het eindigt op ?t=...).
studio-refused-origin = Geweigerd: dit verzoek kwam van de pagina van een andere site.
studio-not-found = Hier is niets.
studio-events = Evenementen
studio-no-events = Nog geen evenementen in { $dir }.
studio-draft = concept
studio-final = definitief
studio-approved = { $approved } van de { $tables } tafels akkoord
studio-no-problems = geen problemen
studio-problems = { $count ->
    [one] 1 probleem
   *[other] { $count } problemen
}
studio-new = Nieuw evenement
studio-new-date = Datum
studio-new-name = Korte naam
studio-new-create = Maken
studio-back = Alle evenementen
studio-report-pdf = Het verslag als PDF
studio-rendering = Het verslag wordt gemaakt…
studio-failed = De gegevens hebben een fout, hieronder; de pagina's zijn die van de laatste goede versie.
studio-problems-heading = Problemen
studio-round-heading = De ronde
studio-round-state = { $status }{ $review }; { $approved } van { $tables } tafels akkoord
studio-round-review-mail = De controlemail
studio-round-final-mail = De mail met het verslag
studio-round-may = { $step }: het verslag is er klaar voor.
studio-round-not-yet = { $step } kan nog niet verstuurd worden:
studio-round-approve = { $municipality } vandaag akkoord
studio-round-make-final = Verslag definitief maken
studio-mail-no-server = er is geen mailserver ingesteld
studio-mail-to-settings = vul het adres van de mailserver in op de pagina Instellingen, of start de studio met --smtp-url
studio-mail-sent-at = verstuurd { $time }
studio-mail-sent = verstuurd
studio-mail-uncertain = misschien bezorgd: het verzenden stopte terwijl de server het bericht aannam
studio-mail-pending = nog niet verstuurd
studio-mail-size = { $kb } kB
studio-mail-going = bezig met versturen: { $who }
studio-mail-summary = { $sent } verstuurd, { $failed } niet verstuurd.
studio-mail-rest-kept = Niet verstuurd: { $names }. Ze blijven bewaard: verstuur opnieuw om alleen deze te versturen.
studio-mail-busy = deze mail wordt in deze studio al verstuurd; dat gaat door, ook als de pagina dicht is
studio-mail-step-changed = het verslag is van stap veranderd sinds de pagina het las (concept of definitief): de pagina leest het opnieuw
studio-mail-password-needed = de mailserver vraagt om het wachtwoord
studio-mail-messages = De berichten zoals ze verstuurd worden
studio-mail-not-written = nog niet geschreven
studio-mail-subject = Onderwerp
studio-mail-attachment = Bijlage
studio-mail-write = Schrijf de berichten
studio-mail-write-again = Schrijf de berichten opnieuw
studio-mail-written-note = Lees elk bericht voordat je het verstuurt.
studio-mail-stale-some = Sommige berichten kloppen niet meer met het verslag: schrijf ze opnieuw en lees ze voor je verstuurt.
studio-mail-server = Gaat via { $server }.
studio-mail-password = Wachtwoord voor { $user }
studio-mail-password-help = Alleen voor deze verzending; wordt nooit bewaard.
studio-mail-send = { $count ->
    [one] Verstuur het bericht
   *[other] Verstuur { $count } berichten
}
studio-mail-resend = Verstuur opnieuw naar { $municipality }
studio-mail-resend-help = Vraag de wethouder eerst of het aangekomen is.
studio-mail-all-sent = Alle berichten zijn verstuurd.
studio-mail-login-again = De server weigerde de inlog: typ het wachtwoord opnieuw.
studio-mail-settings = Instellingen
studio-mail-hint-stale = schrijf de berichten opnieuw op deze pagina en lees ze voor je verstuurt; er is niets verstuurd
studio-mail-settings-note = De huisstijl (met de afzender) en de mailserver kies je op de pagina Instellingen.
studio-mail-working = Bezig…
studio-problem-to-field = Naar het veld
studio-page = Pagina { $n } van { $count }

## De hulp van de opdrachtregel: `help-<opdracht>-about`, `-long-about`, `-after`, en per
## argument `help-<opdracht>-<argument>` (anders `help-any-<argument>`); namen van waarden
## `help-value-<naam>`. Elke hulptekst is één regel: de terminal breekt hem af.

help-about = Maak van de gegevens van een evenement (event.toml + foto's) een PDF-verslag in de huisstijl
help-long-about =
    verslag maakt van de gegevens van een evenement - één event.toml en de foto's erbij - een PDF-verslag in de huisstijl, klaar om te drukken.

    Begin een nieuw evenement met `verslag new 2024-03-14 praktijktafel-soest` en vul de event.toml in. `verslag check EVENEMENT` vindt fouten in de gegevens, `verslag build EVENEMENT` maakt de PDF, en `verslag watch EVENEMENT` maakt hem opnieuw telkens als je opslaat.
help-after =
    De ronde van een evenement, stap voor stap:
      1. verslag new DATUM NAAM            gegevens om in te vullen (events/<jaar>/...)
      2. verslag check EVENEMENT           elke fout, met waar hij staat en hoe je hem herstelt
      3. verslag build EVENEMENT           het PDF-verslag (`watch` maakt het telkens opnieuw)
      4. verslag mail --review EVENEMENT   het concept naar elke wethouder, met diens eigen tafel
      5. verslag status EVENEMENT          welke tafels akkoord zijn, welke nalezing nog loopt
      6. verslag mail EVENEMENT            het definitieve verslag (daarna nog eens met --send)
      7. verslag web EVENEMENT             het webartikel (verslag publish EVENEMENT: als concept op de site)
      8. verslag archive JAAR              de evenementen en het jaarboek van het jaar archiveren
      9. verslag yearbook JAAR             het jaarboek om te drukken

    Elke stap noemt de volgende als hij klaar is.
help-quiet = Toon alleen problemen
help-verbose = Toon wat elke stap deed (foto's omgezet of uit de cache gehaald, ...)
help-format = Hoe problemen worden getoond: `full` met de regel uit het bestand, `short` één regel per probleem
help-lang = De taal van verslag: nl of en (anders VERSLAG_LANG, anders de taal van het systeem); de taal van het verslag volgt de gegevens
help-version = Toon de versie
help-any-help = Toon de hulp (-h kort, --help alles)
help-any-events = Map met de jaarmappen van de evenementen
help-any-archive = Map waarin het archief staat; een jaar komt in ARCHIEF/<jaar>/
help-any-brand = Een huisstijlbestand (organisatie, logo, kleuren, lettertypen); anders de ingebouwde huisstijl
help-any-templates = Een map met sjablonen in plaats van de ingebouwde (zie `templates export`)
help-any-cache-dir = Map voor bewerkte foto's (anders de cachemap van de gebruiker, bijvoorbeeld ~/.cache/verslag)
help-any-no-cache = Bewerk elke foto opnieuw en bewaar niets

help-new-about = Begin een nieuw evenement: een map met een event.toml om in te vullen en een map photos/
help-new-after =
    Voorbeeld:
      verslag new 2024-03-14 praktijktafel-soest
      (maakt events/2024/2024-03-14-praktijktafel-soest/event.toml)
help-new-date = De dag van het evenement, JJJJ-MM-DD
help-new-name = Een korte naam: kleine letters, cijfers en streepjes
help-new-language = De taal van het verslag en van de uitleg in de nieuwe event.toml

help-check-about = Controleer de gegevens van evenementen en meld elk probleem, zonder iets te schrijven
help-check-after =
    Voorbeeld:
      verslag check events/2022/2022-11-01-praktijktafel-amersfoort
help-check-events = Evenementmappen (of de event.toml erin)
help-check-brand = Het huisstijlbestand waarmee de verslagen worden gemaakt: namen worden getoetst aan de lettertypen ervan

help-build-about = Controleer de gegevens van evenementen en schrijf van elk het PDF-verslag naar MAP/<jaar>/<evenement>.pdf
help-build-after =
    Voorbeelden:
      verslag build events/2022/2022-11-01-praktijktafel-amersfoort
      verslag build -o verslagen events/2022/*
help-build-events = Evenementmappen (of de event.toml erin); meerdere worden tegelijk gemaakt
help-build-output = Map waarin de verslagen komen, in een map per jaar

help-watch-about = Maak het verslag opnieuw zodra de gegevens, een foto, een sjabloon of de huisstijl verandert; stop met Ctrl-C
help-watch-after =
    Voorbeeld:
      verslag watch events/2022/2022-11-01-praktijktafel-amersfoort
      (open out/2022/2022-11-01-praktijktafel-amersfoort.pdf in een PDF-lezer die zelf opnieuw laadt, pas dan event.toml aan en sla op)

    Zolang er een fout in de gegevens staat, worden de problemen getoond en blijft de laatste goede PDF staan.
help-watch-event = De evenementmap (of de event.toml erin)
help-watch-web = Houd ook het webartikel bij, in MAP/<jaar>/<evenement>/ (zie `verslag web`)
help-watch-output = Map waarin het verslag komt, in een map per jaar

help-web-about = Controleer de gegevens van evenementen en schrijf van elk het webartikel naar MAP/<jaar>/<evenement>/: een pagina (index.html), een stuk voor een CMS (article.html), foto's, lettertypen en het PDF-verslag
help-web-after =
    Voorbeelden:
      verslag web events/2022/2022-11-01-praktijktafel-amersfoort
      verslag web -o site events/2022/*

    Open web/<jaar>/<evenement>/index.html in een browser; de map werkt zonder internet en vanaf een USB-stick. Met `[web] base_url` in de huisstijl gebruiken article.html en de deeltags volledige adressen daaronder.
help-web-events = Evenementmappen (of de event.toml erin); meerdere worden tegelijk gemaakt
help-web-output = Map waarin de webartikelen komen, in een map per jaar en evenement
help-web-reports = Map waarin de PDF-verslagen worden gemaakt als ze ontbreken of verouderd zijn (zoals `build -o` ze schrijft)
help-web-without-approval = Zet het evenement op de website, ook al heeft de gastheer van deze tafel de tekst nog niet goedgekeurd terwijl de nalezing loopt; het colofon van het verslag zegt dat. Herhaal voor meer tafels

help-archive-about = Archiveer een jaar: elk evenement als PDF/A-3b + PDF/UA-1 met de gegevens erin, een jaarboek en een manifest met SHA-256-controlegetallen
help-archive-after =
    Voorbeeld:
      verslag archive 2022
      verslag verify 2022
help-archive-year = Het jaar, bijvoorbeeld 2022: de evenementen komen uit EVENEMENTEN/<jaar>/
help-archive-without-approval = Archiveer het evenement, ook al heeft de gastheer van deze tafel de tekst nog niet goedgekeurd terwijl de nalezing loopt; het colofon van het verslag zegt dat. Herhaal voor meer tafels

help-yearbook-about = Maak het jaarboek van een jaar buiten het archief, als concept van de jaaruitgave
help-yearbook-after =
    Voorbeeld:
      verslag yearbook 2022                 # out/2022/yearbook-2022.pdf
      verslag yearbook 2022 -o concept.pdf

    Gemaakt van elk evenement in EVENEMENTEN/<jaar>/ en de year.toml ervan, als die er is.
help-yearbook-year = Het jaar, bijvoorbeeld 2022: de evenementen komen uit EVENEMENTEN/<jaar>/
help-yearbook-output = De PDF die wordt geschreven (anders out/<jaar>/yearbook-<jaar>.pdf)

help-status-about = Hoe de nalezing ervoor staat: concept of definitief, de datum van de nalezing, en per tafel het akkoord of dat het nog openstaat, met wanneer de gastheer de nalezing kreeg
help-status-after =
    Voorbeelden:
      verslag status events/2022/*
      verslag status --json EVENEMENT   # hetzelfde, voor scripts
help-status-events = Evenementmappen (of de event.toml erin)
help-status-json = Toon JSON in plaats van regels
help-status-contacts = De contactgegevens, om te vinden naar welk adres de nalezing van elke gastheer ging
help-status-outbox = De outbox waarvan de logboeken zeggen wanneer elke nalezing is verstuurd

help-publish-about = Zet het webartikel van de bijeenkomst als conceptbericht op de WordPress-site van het netwerk, met foto's en PDF; opnieuw publiceren werkt hetzelfde bericht bij
help-publish-after =
    De gebruiker en een applicatiewachtwoord (WordPress: Gebruikers > Profiel >
    Applicatiewachtwoorden) komen uit VERSLAG_WP_USER en VERSLAG_WP_PASSWORD, anders vraagt
    verslag erom; nooit uit een bestand. De site is [wordpress] site uit de huisstijl. Door het
    logboek OUTBOX/<bijeenkomst>/publish.log werkt opnieuw publiceren hetzelfde bericht bij, en
    gaat een onderbroken run verder zonder iets dubbel te maken.
help-publish-update-published = Werk het bericht bij hoewel een redacteur het publiceerde (het blijft gepubliceerd; wijzigingen op de site gaan verloren)
help-publish-overwrite-edits = Werk het concept bij hoewel een redacteur het op de site veranderde sinds verslag het schreef (die wijzigingen gaan verloren)
help-publish-event = De map van de bijeenkomst (of de event.toml ervan)
help-publish-outbox = Waar het logboek staat: OUTBOX/<bijeenkomst>/publish.log
help-publish-timeout = Hoeveel seconden er op de site wordt gewacht voordat verslag het opgeeft
help-publish-output = Map waarin het verslag wordt gemaakt als het ontbreekt of verouderd is, in een map per jaar (zoals `build -o` het schrijft)
help-mail-about = Mail het verslag naar de wethouders aan de tafels: schrijft eerst een outbox om na te kijken en verstuurt die met --send (een bericht dat al verstuurd is, gaat nooit nog eens)
help-mail-after =
    Voorbeelden:
      verslag mail events/2022/2022-11-01-praktijktafel-amersfoort
      verslag mail --dry-run EVENEMENT
      VERSLAG_SMTP_URL=smtp://ik@mail.example.org:587 verslag mail --send EVENEMENT
help-mail-event = De evenementmap (of de event.toml erin)
help-mail-contacts = De adressen van de wethouders
help-mail-outbox = Waar berichten komen: OUTBOX/<evenement>/<gemeente>.eml en sent.log
help-mail-send = Verstuur de berichten via SMTP
help-mail-dry-run = Laat zien wie wat zou krijgen; schrijf en verstuur niets
help-mail-resend = Schrijf (en met --send: verstuur) het bericht aan deze gemeente (of dit adres) opnieuw, ook al zegt het logboek dat het is of misschien is bezorgd; herhaal voor meer
help-mail-review = De nalezing van een concept: elke gastheer krijgt het concept en de tekst van de eigen tafel om na te lezen, uit OUTBOX/<evenement>/review/
help-mail-without-approval = Mail het definitieve verslag, ook al heeft de gastheer van deze tafel de tekst nog niet goedgekeurd terwijl de nalezing loopt; het colofon zegt dat. Herhaal voor meer tafels
help-mail-smtp-url = smtp://gebruiker@server:587 (STARTTLS) of smtps://gebruiker@server (TLS); het wachtwoord komt uit VERSLAG_SMTP_PASSWORD of wordt gevraagd, nooit hier
help-mail-smtp-timeout = Hoeveel seconden er op de SMTP-server wordt gewacht voordat verslag het opgeeft
help-mail-output = Map waarin het verslag wordt gemaakt als het ontbreekt of verouderd is, in een map per jaar (zoals `build -o` het schrijft)

help-verify-about = Controleer een gearchiveerd jaar tegen het manifest: ontbrekende, veranderde en onverwachte bestanden
help-verify-after =
    Voorbeeld:
      verslag verify 2022
help-verify-year = Het jaar, bijvoorbeeld 2022

help-templates-about = Werk met de sjablonen van het verslag
help-templates-after =
    Voorbeeld:
      verslag templates export mijn-sjablonen
help-templates-export-about = Schrijf de ingebouwde sjablonen, het huisstijlbestand en het logo naar MAP, zodat een ontwerper ze kan aanpassen
help-templates-export-after =
    Voorbeeld:
      verslag templates export mijn-sjablonen
      verslag build --templates mijn-sjablonen --brand mijn-sjablonen/brand.toml EVENEMENT
help-templates-export-dir = Een nieuwe of lege map
help-templates-export-brand = Schrijf deze huisstijl (met logo en lettertypebestanden) in plaats van de ingebouwde

help-schema-about = Toon het JSON-schema van event.toml, voor editors die TOML aanvullen en controleren
help-schema-after =
    Voorbeeld:
      verslag schema --output events/record.schema.json

    Een event.toml die begint met de regel
      #:schema ../../record.schema.json
    wordt dan al tijdens het typen gecontroleerd in editors met Taplo of de extensie Even Better TOML. `verslag new` schrijft ze allebei voor je.
help-schema-output = Schrijf het schema naar BESTAND in plaats van het te tonen
help-schema-year = Het schema van de gegevens van een jaar (events/<jaar>/year.toml)

help-completions-about = Toon een script dat de opdrachten en opties van verslag in je shell aanvult
help-completions-after =
    Voorbeelden:
      verslag completions bash > ~/.local/share/bash-completion/completions/verslag
      verslag completions zsh > ~/.zfunc/_verslag
      verslag completions fish > ~/.config/fish/completions/verslag.fish
help-completions-shell = bash, zsh, fish, powershell of elvish

help-man-about = Schrijf de handleidingpagina's: verslag.1 en één per opdracht
help-man-after =
    Voorbeelden:
      verslag man | man -l -
      verslag man --output ~/.local/share/man/man1
help-man-output = Schrijf elke pagina naar MAP in plaats van verslag.1 te tonen

help-help-about = Toon de hulp van een opdracht, hetzelfde als OPDRACHT --help
help-help-command = De opdracht, bijvoorbeeld build, of templates export

help-studio-about = De evenementen en hun verslagen in je browser, bijgewerkt terwijl je bewerkt: een server op deze computer alleen
help-studio-after =
    Voorbeeld:
      verslag studio
      (toont een adres zoals http://127.0.0.1:50123/?t=... en opent het; Ctrl-C stopt hem)

    De server luistert alleen op 127.0.0.1 en laat alleen de browser toe die zijn adres opende. Een tweede `verslag studio` op dezelfde evenementenmap opent de draaiende.
help-studio-port = De poort om op te luisteren (anders een vrije)
help-studio-no-open = Open geen browser; toon alleen het adres
help-studio-outbox = Waar `mail` de outboxen bewaart: de outbox van een bijeenkomst verhuist mee als de datum verandert, en een datum waarmee al mail verstuurd is blijft. Deze en de andere mappen liggen, als ze relatief zijn, naast de map met bijeenkomsten
help-studio-output = Map waarin het verslag voor de mail en het web wordt gemaakt als het ontbreekt of verouderd is, in een map per jaar (zoals `build -o` het schrijft), en het jaaroverzicht van de jaarpagina
help-studio-web = Map waarin de jaarpagina de webartikelen schrijft (zoals `web -o`)
help-studio-archive = Map waarin de jaarpagina het archief maakt (zoals `archive --archive`)
help-studio-smtp-url = De mailserver voor verzenden vanaf de pagina: smtp://gebruiker@server:587 (STARTTLS) of smtps://gebruiker@server (TLS); gaat voor die van de instellingen; de pagina vraagt het wachtwoord bij elke verzending
help-studio-smtp-timeout = Hoeveel seconden er op de SMTP-server wordt gewacht voordat verslag het opgeeft
first-heading = Waar staan je bijeenkomsten?
first-intro = Kies de map met je bijeenkomsten (met een map per jaar, zoals 2022), of een lege map om mee te beginnen. De studio werkt dan alleen in die map, en opent hem de volgende keer weer.
first-type = Het volledige pad van de map
first-use = Gebruik deze map
first-documents = Documenten
first-desktop = Bureaublad
first-program = Naast verslag
first-is-events = map met bijeenkomsten
first-new-here = Nieuwe map „verslagen” hier
first-empty = typ het pad van een map, of kies hieronder een map
first-dotdot = "{ $path }" bevat `..`: typ het volledige pad van de map zonder
first-relative = "{ $path }" is geen volledig pad: begin bij de schijf of bij / (bijvoorbeeld C:\Users\naam\Documents\verslagen)
first-file = "{ $path }" is een bestand, geen map
first-missing = er is geen map "{ $path }"
first-unreadable = de map "{ $path }" kan niet gelezen worden ({ $reason })
first-not-events = in "{ $path }" staat ander werk dan bijeenkomsten: kies een map met jaarmappen (zoals 2022) of een lege map
help-studio-events = De map met bijeenkomsten; anders de map die de studio het laatst opende, anders `events` in deze map, anders vraagt de eerste pagina van de studio het
launcher-no-exe = kan niet vinden waar dit programma staat ({ $reason })
launcher-no-folder = deze computer heeft geen map voor programma's of een bureaublad
launcher-windows = op Windows hoeft er niets geïnstalleerd te worden: dubbelklik op verslag.exe
hint-launcher-windows = maak een snelkoppeling naar verslag.exe op het bureaublad of in het menu Start om de studio daar te starten
launcher-written = de studio start vanuit { $file }
help-studio-install-launcher = Schrijf een bestand dat de studio start met een dubbelklik (Linux: in je programmamenu; macOS: op je bureaublad), en stop dan
help-value-port = POORT

help-value-dir = MAP
help-value-file = BESTAND
help-value-event = EVENEMENT
help-value-event-municipality = EVENEMENT/GEMEENTE
help-value-municipality = GEMEENTE
help-value-url = URL
help-value-secs = SECONDEN
help-value-date = DATUM
help-value-name = NAAM
help-value-language = TAAL
help-value-lang = TAAL
help-value-format = VORM
help-value-year = JAAR
help-value-shell = SHELL
help-value-command = OPDRACHT

## De woorden rond de hulp, en fouten in de opdrachtregel

cli-heading-usage = Gebruik:
cli-heading-commands = Opdrachten:
cli-heading-arguments = Argumenten:
cli-heading-options = Opties:
cli-options = {"["}OPTIES]
cli-default = {"["}standaard: { $value }]
cli-possible = {"["}mogelijk: { $values }]
cli-env = {"["}omgevingsvariabele: { $name }]
cli-man-manual = handleiding van verslag
cli-man-name = NAAM
cli-man-synopsis = OVERZICHT
cli-man-description = BESCHRIJVING
cli-man-options = OPTIES
cli-man-commands = OPDRACHTEN
cli-man-extra = VOORBEELDEN EN UITLEG
cli-man-version = VERSIE
cli-man-authors = AUTEURS
cli-error-unknown-argument = onverwacht argument '{ $arg }'
cli-error-unknown-command = onbekende opdracht '{ $name }'
cli-error-invalid-value = ongeldige waarde '{ $value }' voor '{ $arg }'
cli-error-empty-value = '{ $arg }' heeft een waarde nodig, maar kreeg er geen
cli-error-not-a-number = ongeldige waarde '{ $value }' voor '{ $arg }': geen geheel getal
cli-error-number-too-large = ongeldige waarde '{ $value }' voor '{ $arg }': te groot
cli-error-conflict = '{ $arg }' kan niet samen met { $prior }
cli-error-twice = '{ $arg }' mag maar één keer
cli-error-missing = dit moet er nog bij:
cli-error-missing-command = '{ $name }' heeft een opdracht nodig, zoals: { $commands }
cli-error-too-many = onverwachte waarde '{ $value }' voor '{ $arg }'; meer werd niet verwacht
cli-error-utf8 = een argument is geen geldige UTF-8
cli-error-other = de opdrachtregel klopt niet: { $detail }
cli-possible-values = mogelijk: { $values }
cli-did-you-mean = bedoelde je '{ $name }'?
cli-as-value = om '{ $arg }' als waarde te geven, schrijf '-- { $arg }'
cli-more = Meer uitleg: '{ $help }'.

## Het formulier van de studio (edit/, studio/)
form-not-a-record = het formulier stuurde geen verslag
form-too-many = hooguit { $max } onderdelen
form-too-large = het verslag zou groter worden dan { $max } KiB, de grens van het formaat
form-not-text = deze tekst kan niet worden opgeslagen
form-not-a-date = ‘{ $value }’ is geen datum: kies een dag, bijvoorbeeld 2022-11-01
form-not-a-number = ‘{ $value }’ is geen getal: schrijf het zonder scheidingstekens voor duizendtallen (2345), een decimaal met een punt (3.5)
form-not-a-choice = ‘{ $value }’ is niet een van: { $options }
form-move-exists = met deze datum komt het verslag in { $folder }, en die map bestaat al: geef die eerst een andere naam, of houd de datum
form-move-mailed = de datum kan niet meer veranderen: er is al mail over deze bijeenkomst verstuurd (zie { $journal }), en de wethouders kennen de datum
form-move-failed = de map kon de nieuwe datum niet volgen: { $reason }
form-move-busy = de datum kan niet veranderen terwijl de mail van deze bijeenkomst wordt geschreven of verstuurd: { $reason }

## De velden van het formulier: een naam per sleutel (field-any-*: van een persoon), en uitleg waar die helpt
field-version = Opmaakversie
field-version-help = De versie van het formaat: altijd 1.
field-year = Het jaaroverzicht
field-year-help = Titel en taal van het jaaroverzicht; alles is optioneel.
field-year-title = Titel
field-year-title-help = De titel van het jaaroverzicht; leeg: "Jaaroverzicht <jaar>" (of "Yearbook <jaar>").
field-year-subtitle = Ondertitel
field-year-language = Taal van het jaaroverzicht
field-year-language-help = "nl" (standaard) of "en": de woorden en datums van het jaaroverzicht.
field-cover = Omslagfoto
field-cover-help = De foto op de omslag van het jaaroverzicht.
field-cover-file = Bestand
field-cover-file-help = Een foto in de map van het jaar, bijvoorbeeld van een van de bijeenkomsten: "2022-11-01-praktijktafel-amersfoort/photos/a.jpg".
field-cover-alt = Beschrijving voor schermlezers
field-cover-alt-help = Wat er op de foto te zien is, voor wie hem niet kan zien.
field-cover-credit = Fotograaf
field-cover-credit-help = Fotograaf en licentie.
field-foreword = Voorwoord
field-foreword-help = Het voorwoord, ondertekend.
field-foreword-title = Titel
field-foreword-title-help = Leeg: "Voorwoord" / "Foreword".
field-foreword-text = Tekst
field-foreword-signatory = Ondertekend door
field-foreword-signatory-help = Wie het ondertekent.
field-thanks = Dankwoord
field-thanks-help = Dank aan partners, gastheren en vrijwilligers.
field-thanks-title = Titel
field-thanks-title-help = Leeg: "Met dank aan" / "With thanks to".
field-thanks-text = Tekst
field-event = Bijeenkomst
field-event-help = Wat de bijeenkomst was: titel, dag, plaats en inleiding.
field-event-title = Titel
field-event-title-help = De kop op de omslag.
field-event-subtitle = Ondertitel
field-event-subtitle-help = Een regel onder de kop.
field-event-kind = Soort bijeenkomst
field-event-kind-help = Bijvoorbeeld ‘Praktijktafel’.
field-event-date = Datum
field-event-date-help = De dag van de bijeenkomst. Verandert u die, dan verhuist de map van de bijeenkomst mee, tenzij er al mail over is verstuurd.
field-event-location = Plaats
field-event-location-help = Waar het was.
field-event-organizer = Organisator
field-event-organizer-help = Wie het organiseerde, bijvoorbeeld ‘De Normaalste Zaak Amersfoort’.
field-event-language = Taal van het verslag
field-event-language-help = De taal van het verslag: kopjes, afbreking en datumnotatie (Nederlands als niets is gekozen).
field-event-intro = Inleiding
field-event-intro-help = De inleidende alinea's. Een lege regel begint een nieuwe alinea.
field-event-core_group = Kerngroep
field-event-core_group-help = De organisaties van de kerngroep.
field-event-status = Status
field-event-status-help = Definitief (standaard) of concept: een concept ligt bij de wethouders ter controle en wordt niet als definitief gemaild of gearchiveerd.
field-event-review_by = Reageren tot
field-event-review_by-help = Tot wanneer de wethouders op het concept mogen reageren; nodig bij een concept, blijft staan als geschiedenis bij een definitief verslag.
field-photos = Foto's
field-photos-help = De foto's; hooguit één is de omslag.
field-photos-file = Bestand
field-photos-file-help = Het pad van de foto in de map van de bijeenkomst, bijvoorbeeld ‘photos/tafel-1.jpg’ (JPEG, PNG of WebP).
field-photos-caption = Bijschrift
field-photos-caption-help = Staat onder de foto.
field-photos-alt = Beschrijving (alt-tekst)
field-photos-alt-help = Wat er op de foto te zien is, voor schermlezers (het bijschrift zegt wat er gebeurde); zonder beschrijving wordt het bijschrift voorgelezen, en check waarschuwt.
field-photos-credit = Fotoregel
field-photos-credit-help = Fotograaf en licentie, bij de foto gedrukt.
field-photos-cover = Omslagfoto
field-photos-cover-help = De foto op de omslag; hooguit één foto.
field-facts = Facts & figures
field-facts-help = De presentatie van facts & figures.
field-facts-title = Kop
field-facts-title-help = De kop; ‘Facts & figures’ als die leeg blijft.
field-facts-speaker = Spreker
field-facts-speaker-help = Wie presenteerde.
field-facts-text = Tekst
field-facts-figures = Kerncijfers
field-facts-figures-help = Kerncijfers, elk met een getal en wat het telt.
field-facts-figures-value = Getal
field-facts-figures-value-help = Een getal zonder scheidingstekens voor duizendtallen (2345); een decimaal met een punt: 3.5. De eenheid hoort bij Eenheid.
field-facts-figures-unit = Eenheid
field-facts-figures-unit-help = Bijvoorbeeld ‘%’ of ‘vacatures’.
field-facts-figures-label = Wat het telt
field-facts-figures-source = Bron
field-pitches = Pitches
field-pitches-help = De pitchronde.
field-pitches-title = Kop
field-pitches-title-help = De kop; ‘Pitchen’ als die leeg blijft.
field-pitches-text = Tekst
field-pitches-text-help = Hoe de pitchronde verliep.
field-tables = Tafels
field-tables-help = Een per gesprekstafel (meestal een gemeente).
field-tables-municipality = Gemeente
field-tables-municipality-help = Elke gemeente één keer.
field-tables-host = Wethouder
field-tables-host-help = De wethouder aan tafel.
field-tables-core_member = Kerngroeplid
field-tables-core_member-help = Het kerngroeplid aan tafel.
field-tables-question = Vraag
field-tables-question-help = De vraag van de tafel.
field-tables-pitch = Pitch
field-tables-pitch-help = Wat de wethouder uit het coalitieakkoord pitchte.
field-tables-solutions = Oplossingen
field-tables-solutions-help = De voorgestelde oplossingen, minstens één.
field-tables-summary = Samengevat
field-tables-summary-help = De samenvatting.
field-tables-approved = Akkoord op
field-tables-approved-help = De dag waarop de wethouder akkoord gaf op de tekst van deze tafel.
field-tables-approved_note = Hoe akkoord
field-tables-approved_note-help = Hoe de wethouder akkoord gaf, bijvoorbeeld ‘akkoord per mail’ of ‘geen reactie voor de datum’.
field-closing = Afsluiting
field-closing-help = Slotwoord en citaten.
field-closing-title = Kop
field-closing-text = Tekst
field-closing-quotes = Citaten
field-closing-quotes-help = Citaten, elk met wie het zei.
field-closing-quotes-speaker = Gezegd door
field-closing-quotes-text = Citaat
field-closing-quotes-text-help = Het citaat, zonder aanhalingstekens.
field-about = Over het netwerk
field-about-help = Over het organiserende netwerk.
field-about-title = Kop
field-about-text = Tekst
field-any-name = Naam
field-any-role = Functie
field-any-role-help = Bijvoorbeeld ‘wethouder’.
field-any-organization = Organisatie
field-choice-final = definitief
field-choice-draft = concept (ter controle)
field-choice-nl = Nederlands
field-choice-en = Engels
studio-form-heading = De gegevens
studio-form-saved = Opgeslagen
studio-form-saving = Bezig met opslaan…
studio-form-pending = Nog niet opgeslagen
studio-form-changed = Het bestand is intussen veranderd (in een editor, een ander tabblad of door synchronisatie): het formulier toont nu wat er in het bestand staat.
studio-form-changed-fields = Veranderd:
studio-form-lost = Niet opgeslagen, want het bestand was veranderd; wat u typte:
studio-form-gone = De map van deze bijeenkomst is weg of hernoemd: het formulier schrijft niets. Ga terug naar de bijeenkomsten.
studio-form-broken = Het bestand is geen leesbaar verslag meer (een wijziging met de hand), dus er is geen formulier. Herstel het in uw editor op de getoonde regel; het formulier komt terug zodra het bestand weer leesbaar is.
studio-form-failed = Niet opgeslagen; uw wijziging blijft op deze pagina staan en wordt om de paar seconden opnieuw geprobeerd:
studio-form-refused = Niet opgeslagen; uw wijziging blijft op deze pagina staan tot dit is opgelost:
studio-form-offline = De studio antwoordt niet: is het venster gesloten of slaapt de computer? Laat deze pagina open; de wijziging wordt opgeslagen zodra de studio weer antwoordt.
studio-settings = Instellingen
studio-settings-intro = Bewaard op deze computer voor deze map met bijeenkomsten: { $events }
studio-settings-brand = Merkbestand (brand.toml), met zijn hele pad
studio-settings-brand-help = Leeg: het ingebouwde merk. De verslagen gebruiken het vanaf de volgende opmaak.
studio-settings-smtp = Adres van de mailserver
studio-settings-smtp-help = Bijvoorbeeld smtps://naam@mail.example.nl:465. Geen wachtwoord: de studio vraagt het bij elke verzending en bewaart het nooit.
studio-settings-save = Instellingen bewaren
studio-settings-saved = De instellingen zijn bewaard.
studio-settings-cli-wins = Deze studio is gestart met { $flag }: dat wordt gebruikt tot de studio zonder wordt gestart.
studio-photos-drop = Sleep foto's hierheen, of
studio-photos-pick = kies foto's
studio-photos-adding = { $name } toevoegen…
studio-photos-added = { $name } toegevoegd als { $file }.
studio-photos-same = { $name } staat er al als { $file }.
studio-photos-refused = { $name } is niet toegevoegd:
studio-photos-too-large = { $name } is groter dan 50 MB: exporteer hem kleiner (bijvoorbeeld 4000 pixels breed) en sleep hem opnieuw.
studio-form-tip = Tip:
studio-form-at-fields = { $count ->
    [one] 1 probleem bij zijn veld hieronder; ⚠ markeert een dichtgeklapt deel met een probleem.
   *[other] { $count } problemen bij hun veld hieronder; ⚠ markeert een dichtgeklapt deel met een probleem.
}
studio-form-add = Toevoegen
studio-form-remove = Verwijderen
studio-form-up = Omhoog
studio-form-down = Omlaag
studio-form-limit = Deze lijst is zo lang als het formaat toestaat.
studio-form-full = Het verslag is bijna 1 MiB, de grens van het formaat: er kan niets meer bij.
studio-form-unset = (niet ingevuld)
studio-form-moved = De datum is veranderd: de map van de bijeenkomst is meeverhuisd.
studio-form-required = verplicht
studio-form-noscript = Het formulier heeft JavaScript nodig, en deze browser voert dat voor de studio niet uit.
studio-report-heading = Het verslag

## De jaarpagina van de studio
studio-year-title = Het jaar { $year }
studio-year-built = gemaakt
studio-year-unchanged = ongewijzigd
studio-year-failed = mislukt
studio-year-verified = Daarna gecontroleerd: { $count ->
    [one] het enige bestand klopt
   *[other] alle { $count } bestanden kloppen
} met de lijst van het archief
studio-year-not-verified = Daarna gecontroleerd: het archief klopt niet met zijn lijst
studio-year-next = Volgende stap
studio-year-next-fix = { $count ->
    [one] 1 probleem: maak eerst het verslag in orde
   *[other] { $count } problemen: maak eerst het verslag in orde
}
studio-year-next-review = controleronde: { $approved } van de { $tables } tafels akkoord
studio-year-next-mail = de definitieve mail aan de wethouders
studio-year-next-web = het webartikel
studio-year-next-archive = het archief van het jaar
studio-year-next-done = niets: gemaild, op het web en gearchiveerd
studio-year-busy = Dit loopt al; wacht tot het klaar is
studio-year-web-done = Het webartikel staat in { $folder }
studio-year-yearbook-done = Het jaaroverzicht is { $file } ({ $size })
studio-year-record = Het jaarbestand
studio-year-record-about = Titel, omslagfoto, voorwoord en dankwoord van het jaaroverzicht (year.toml). Alles mag leeg blijven.
studio-year-record-new = Begin het jaarbestand
studio-year-archive = Het archief
studio-year-archive-about = Elke definitieve bijeenkomst van het jaar als PDF die over twintig jaar nog opent (PDF/A, met het verslagbestand erin), met een jaaroverzicht en een lijst van alle bestanden; daarna controleert verslag het archief met die lijst.
studio-year-archive-run = Archiveer het jaar
studio-year-yearbook = Het jaaroverzicht
studio-year-yearbook-about = Het hele jaar in één PDF om te drukken of te versturen: het jaar in cijfers, de vragen van elke gemeente en elk verslag.
studio-year-yearbook-run = Maak het jaaroverzicht
studio-year-web-run = Maak het webartikel
studio-year-web-open = Open het webartikel
studio-year-yearbook-open = Open het jaaroverzicht (PDF)
studio-year-running = Bezig…
studio-year-progress = { $done } van de { $total } bijeenkomsten klaar

## verslag publish
done-published = op de website gezet
doing-publishing = { $event } aan het publiceren
publish-no-site = de huisstijl noemt geen WordPress-site om op te publiceren
hint-publish-no-site = zet in het huisstijlbestand: [wordpress] met site = "https://www.denormaalstezaak.nl"
publish-ask-user = WordPress-gebruiker voor { $site }:{" "}
publish-ask-password = Applicatiewachtwoord van { $user } voor { $site }:{" "}
publish-no-user = geen WordPress-gebruiker opgegeven
hint-publish-no-user = zet VERSLAG_WP_USER, of typ de gebruiker als erom gevraagd wordt
publish-no-password = kan het wachtwoord niet lezen: { $reason }
publish-journal-read = kan het publicatielogboek niet lezen: { $reason }
publish-journal-write = kan het publicatielogboek niet schrijven: { $reason }
publish-unreachable = kan de site niet bereiken: { $reason }
hint-publish-unreachable = controleer het adres bij [wordpress] site in de huisstijl en de netwerkverbinding, en publiceer dan opnieuw: niets wordt dubbel gemaakt
hint-publish-timeout = de site antwoordde niet op tijd; probeer het later opnieuw (niets wordt dubbel gemaakt), of geef meer tijd met --timeout
hint-publish-tls = het certificaat van de site wordt niet vertrouwd (verlopen, of voor een andere naam); vraag het wie de site beheert
publish-redirect = de site stuurt door naar { $to }
hint-publish-redirect = zet het echte adres van de site bij [wordpress] site in de huisstijl (met https:// en met of zonder www. zoals in { $to }); verslag volgt nooit een doorverwijzing met het bericht
publish-login-refused = de site weigerde de aanmelding van { $user }
hint-publish-login-refused = gebruik een applicatiewachtwoord (WordPress: Gebruikers > Profiel > Applicatiewachtwoorden), niet het eigen wachtwoord van het account, in VERSLAG_WP_PASSWORD of bij de vraag
publish-role = { $user } mag op deze site geen berichten schrijven en bestanden uploaden
hint-publish-role = vraag de beheerder van de site om de rol Auteur of Redacteur
publish-no-api = de site heeft geen REST API op dit adres
hint-publish-no-api = controleer het adres bij [wordpress] site in de huisstijl; de REST API mag niet door een plugin uitgezet zijn
publish-not-json = de site antwoordde { $status } met iets dat geen JSON van WordPress is: "{ $start }"
publish-php-notice = de site antwoordde { $status } met een PHP-melding voor de JSON: "{ $start }"
hint-publish-not-json = vraag wie de site beheert om display_errors van PHP uit te zetten en de beveiligingsplugins na te kijken; voor deze stap is niets geschreven
publish-too-large = de site weigerde een upload van { $size } als te groot
hint-publish-too-large = vraag wie de site beheert om upload_max_filesize en post_max_size (PHP) boven deze grootte te zetten
publish-too-many = de site zegt dat er te veel verzoeken waren
hint-publish-too-many = wacht een paar minuten en publiceer opnieuw: wat gemaakt is, wordt niet dubbel gemaakt
publish-refused = de site weigerde { $what } ({ $status } { $code }): { $said }
hint-publish-refused = publiceer opnieuw als het probleem van de site is opgelost: wat gemaakt is, wordt niet dubbel gemaakt
publish-published = bericht { $id } is op de site geen concept meer ({ $status }): een redacteur heeft het overgenomen
hint-publish-published = verslag laat een bericht dat een redacteur publiceerde met rust; om het verslag eroverheen te zetten (wat op de site veranderd is gaat verloren; het bericht blijft gepubliceerd), draai opnieuw met --update-published
publish-edited = bericht { $id } is op de site veranderd sinds verslag het schreef
hint-publish-edited = wat sinds { $since } (UTC) op de site veranderd is zou verloren gaan: pas het op de site aan, of draai opnieuw met --overwrite-edits om het verslag eroverheen te zetten
publish-uploaded = { $name } geüpload
publish-found = { $name } op de site gevonden, geüpload door een eerdere run
publish-deleted = media-item { $id } verwijderd, niet meer in het verslag
publish-created = conceptbericht { $id } gemaakt ({ $uploaded } geüpload, { $deleted } verwijderd): { $edit }
publish-updated = conceptbericht { $id } bijgewerkt ({ $uploaded } geüpload, { $deleted } verwijderd): { $edit }
publish-would-upload = zou { $name } uploaden
publish-would-fields = zou de alt-tekst, het bijschrift en de fotograaf van { $name } bijwerken
publish-would-delete = zou media-item { $id } verwijderen, niet meer in het verslag
publish-would-create = zou een nieuw conceptbericht maken
publish-would-update = zou bericht { $id } bijwerken
publish-dry-run = proefrun: { $uploaded } te uploaden, { $deleted } te verwijderen; er is niets op de site of in het logboek geschreven
publish-no-category = de site heeft geen categorie { $names }
hint-publish-no-category = maak hem op de site (Berichten > Categorieën), of verbeter de naam bij [wordpress] categories in de huisstijl; er is niets geschreven
publish-no-tag = de site heeft geen tag { $names }
hint-publish-no-tag = maak hem op de site (Berichten > Tags), of verbeter de naam bij [wordpress] tags in de huisstijl; er is niets geschreven
help-publish-dry-run = Lees de site en zeg wat er gemaakt, bijgewerkt, geüpload en verwijderd zou worden; schrijf niets

## De websitestap van de studio
studio-publish-heading = De website
studio-publish-site = Een conceptbericht op { $site }, dat een redacteur publiceert
studio-publish-user = WordPress-gebruiker
studio-publish-password = Applicatiewachtwoord
studio-publish-password-help = Gemaakt op de site onder Gebruikers > Profiel > Applicatiewachtwoorden. Alleen voor deze keer gebruikt; nooit bewaard.
studio-publish-dry = Laat zien wat er zou gebeuren
studio-publish-run = Zet het als concept op de site
studio-publish-working = Bezig…
studio-publish-needed = Typ eerst de WordPress-gebruiker en het applicatiewachtwoord.
studio-publish-again = De site weigerde de aanmelding: typ het applicatiewachtwoord opnieuw.
studio-publish-edit = Open het concept op de site
studio-run-stopped = deze run stopte door een fout in verslag zelf; start hem opnieuw, en als hij weer stopt, geef dezelfde opdracht in een terminal om de fout te zien
