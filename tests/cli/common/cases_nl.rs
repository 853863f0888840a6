//! The corpus of broken records in Dutch: per case of `cases.rs`, the `--format short` lines
//! it must produce when verslag speaks Dutch (the severity word stays English there).

pub const RECORDS_NL: &[(&str, &[&str])] = &[
    (
        "2022/2022-11-01-unknown-key",
        &["14:1: error: onbekende sleutel `sumary` in `tables[0]` (tip: bedoelde je `summary`?)"],
    ),
    (
        "2022/2022-11-01-unknown-key-far",
        &[
            "7:1: error: onbekende sleutel `colour` in `event` (tip: sleutels die hier kunnen: title, subtitle, kind, date, location, organizer, language, intro, core_group, status, review_by)",
        ],
    ),
    (
        "2022/2022-11-01-missing-organizer",
        &[
            "3:1: error: de verplichte sleutel `event.organizer` ontbreekt (tip: voeg `organizer = \"...\"` toe in `event`)",
        ],
    ),
    (
        "2022/2022-11-01-blank-title",
        &[
            "4:9: error: `event.title` is leeg (tip: schrijf de tekst, of haal de sleutel weg als die niet verplicht is)",
        ],
    ),
    (
        "2022/2022-11-01-duplicate-municipality",
        &[
            "16:16: error: `tables[1].municipality`: \"baarn\" heeft al een tafel (tables[0], regel 10) (tip: elke gemeente heeft één tafel; voeg de twee tafels samen)",
        ],
    ),
    (
        "2022/2022-11-01-two-covers",
        &[
            "25:9: error: `photos[1].cover`: een tweede omslagfoto (photos[0] is de omslagfoto, regel 19) (tip: hoogstens één foto mag `cover = true` hebben; haal het bij de andere foto's weg)",
        ],
    ),
    (
        "2022/2022-11-01-version-2",
        &[
            "1:11: error: deze versie van verslag kan versie 2 van het bestandsformaat niet lezen, alleen versie 1 (tip: zet `version = 1`, of gebruik de versie van verslag waarmee dit bestand gemaakt is)",
        ],
    ),
    (
        "2022/2022-11-01-version-missing",
        &[
            "1:1: error: de verplichte sleutel `version` ontbreekt (tip: voeg `version = 1` toe op het hoogste niveau)",
        ],
    ),
    (
        "2021/2022-11-01-wrong-year",
        &[
            "5:8: error: `event.date` valt in 2022, maar de evenementmap staat in de jaarmap \"2021\" (tip: zet evenementen in events/2022/2022-11-01-<naam>/, of verbeter de datum)",
        ],
    ),
    (
        "2022/2022-10-31-wrong-date",
        &[
            "5:8: error: `event.date` is 2022-11-01, maar de evenementmap heet \"2022-10-31-wrong-date\" (tip: noem de map 2022-11-01-<naam> (bijvoorbeeld 2022-11-01-praktijktafel), of verbeter de datum)",
        ],
    ),
    (
        "2022/2022-11-01-photo-dotdot",
        &[
            "16:8: error: `photos[0].file`: \"../2022-11-01-valid-minimal/event.toml\" verwijst naar een plek buiten de evenementmap (tip: foto's staan in de evenementmap; schrijf een pad zoals \"photos/name.jpg\" (geen `..`, geen `/` aan het begin))",
        ],
    ),
    (
        "2022/2022-11-01-photo-absolute",
        &[
            "16:8: error: `photos[0].file`: \"/etc/passwd\" verwijst naar een plek buiten de evenementmap (tip: foto's staan in de evenementmap; schrijf een pad zoals \"photos/name.jpg\" (geen `..`, geen `/` aan het begin))",
        ],
    ),
    (
        "2022/2022-11-01-photo-link-out",
        &[
            "16:8: error: `photos[0].file`: \"photos/out.jpg\" is een koppeling die buiten de evenementmap leidt (tip: kopieer de foto naar de evenementmap in plaats van ernaar te verwijzen)",
        ],
    ),
    (
        "2022/2022-11-01-photo-missing",
        &[
            "16:8: error: `photos[0].file`: het bestand \"photos/missing.jpg\" bestaat niet (tip: paden gaan uit van de evenementmap tests/records/2022/2022-11-01-photo-missing; kijk de spelling en de extensie na)",
        ],
    ),
    (
        "2022/2022-11-01-photo-text",
        &[
            "16:8: error: `photos[0].file`: \"photos/notes.png\" is een tekstbestand, geen JPEG-, PNG- of WebP-foto (tip: exporteer of bewaar de foto als JPEG (of PNG/WebP) en noem dat bestand)",
        ],
    ),
    (
        "2022/2022-11-01-photo-tiff",
        &[
            "16:8: error: `photos[0].file`: \"photos/scan.jpg\" is een TIFF-afbeelding, geen JPEG-, PNG- of WebP-foto (tip: exporteer of bewaar de foto als JPEG (of PNG/WebP) en noem dat bestand)",
        ],
    ),
    (
        "2022/2022-11-01-photo-heic",
        &[
            "16:8: error: `photos[0].file`: \"photos/iphone.jpg\" is een HEIC/HEIF- of videobestand (iPhone-formaat), geen JPEG-, PNG- of WebP-foto (tip: een iPhone slaat foto's op als HEIC. Mail of AirDrop de foto naar jezelf, dan wordt hij een JPEG. Of zet de iPhone alvast voor het volgende evenement op Instellingen > Camera > Structuur > Meest compatibel. Noem daarna het JPEG-bestand)",
        ],
    ),
    (
        "2022/2022-11-01-photo-case",
        &[
            "17:8: error: `photos[0].file`: \"photos/img_0001.jpg\" verschilt in hoofdletters van het bestand \"photos/IMG_0001.JPG\" (tip: schrijf \"photos/IMG_0001.JPG\": op andere computers tellen hoofdletters mee)",
        ],
    ),
    (
        "2022/2022-11-01-photo-typo",
        &[
            "17:8: error: `photos[0].file`: het bestand \"photos/IMG_0002.JPG\" bestaat niet (tip: bedoelde je \"photos/IMG_0001.JPG\"? Paden gaan uit van de evenementmap tests/records/2022/2022-11-01-photo-typo)",
        ],
    ),
    (
        "2022/2022-11-01-photo-backslash",
        &[
            "17:8: error: `photos[0].file`: \"photos\\IMG_0001.JPG\" heeft een \\ tussen mappen (tip: schrijf / tussen mappen: \"photos/IMG_0001.JPG\")",
        ],
    ),
    (
        "2022/2022-11-01-utf16-no-bom",
        &[
            "1:1: error: het bestand lijkt bewaard als UTF-16 zonder byte order mark (tip: bewaar het bestand als UTF-8 in je editor (\"Opslaan als\", codering UTF-8))",
        ],
    ),
    (
        "2022/2022-11-01-photo-folder",
        &[
            "16:8: error: `photos[0].file`: \"photos/album.jpg\" is een map, geen foto (tip: noem het fotobestand zelf, bijvoorbeeld \"photos/naam.jpg\")",
        ],
    ),
    (
        "2022/2022-11-01-photo-empty",
        &[
            "16:8: error: `photos[0].file`: \"photos/empty.jpg\" is een leeg bestand, geen JPEG-, PNG- of WebP-foto (tip: exporteer of bewaar de foto als JPEG (of PNG/WebP) en noem dat bestand)",
        ],
    ),
    (
        "2022/2022-11-01-wrong-type",
        &[
            "13:13: error: `tables[0].solutions` moet een lijst van teksten zijn, niet een tekst (tip: schrijf een lijst: `solutions = [\"eerste\", \"tweede\"]`)",
        ],
    ),
    (
        "2022/2022-11-01-no-tables",
        &[
            "1:1: error: `[[tables]]` ontbreekt: er is minstens 1 nodig (tip: voeg een sectie `[[tables]]` toe)",
        ],
    ),
    (
        "2022/2022-11-01-empty-solutions",
        &[
            "13:13: error: `tables[0].solutions` is leeg: er is minstens 1 nodig (tip: schrijf er minstens één: `solutions = [\"eerste\", \"tweede\"]`)",
        ],
    ),
    (
        "2022/2022-11-01-syntax-error",
        &[
            "4:23: error: TOML-syntaxfout: een tekst zonder afsluitend `\"` (tip: tekst staat tussen dubbele aanhalingstekens; gebruik \"\"\" ... \"\"\" voor tekst over meer regels)",
        ],
    ),
    (
        "2022/2022-11-01-duplicate-key",
        &[
            "7:1: error: TOML-syntaxfout: de sleutel `title` komt eerder in deze tabel al voor (tip: een sleutel mag één keer per tabel voorkomen; haal de tweede weg of geef hem een andere naam)",
        ],
    ),
    (
        "2022/2022-11-01-invalid-date",
        &[
            "5:8: error: TOML-syntaxfout: ongeldige datum, de maand moet tussen 01 en 12 liggen (tip: schrijf de dag als 2022-11-01 (jaar-maand-dag, zonder aanhalingstekens))",
        ],
    ),
    (
        "2022/2022-11-01-date-with-time",
        &[
            "5:8: error: `event.date` moet een datum zijn, niet een datum met tijd (tip: schrijf de dag zonder aanhalingstekens en zonder tijd, bijvoorbeeld `date = 2022-11-01`)",
        ],
    ),
    (
        "2022/2022-11-01-language-de",
        &[
            "7:12: error: `event.language` moet \"nl\" of \"en\" zijn, niet \"de\" (tip: schrijf `language = \"nl\"` (Nederlands, de standaard) of `language = \"en\"`)",
        ],
    ),
    (
        "2022/2022-11-01-invalid-utf8",
        &[
            "4:13: error: het bestand is geen UTF-8-tekst: byte 0xE9 kan hier geen teken beginnen (tip: bewaar het bestand als UTF-8 in je editor (\"Opslaan als\", codering UTF-8))",
        ],
    ),
    (
        "2022/2022-11-01-many-problems",
        &[
            "1:11: error: deze versie van verslag kan versie 3 van het bestandsformaat niet lezen, alleen versie 1 (tip: zet `version = 1`, of gebruik de versie van verslag waarmee dit bestand gemaakt is)",
            "4:9: error: `event.title` is leeg (tip: schrijf de tekst, of haal de sleutel weg als die niet verplicht is)",
            "14:1: error: onbekende sleutel `sumary` in `tables[0]` (tip: bedoelde je `summary`?)",
            "17:8: error: `photos[0].file`: \"../x.jpg\" verwijst naar een plek buiten de evenementmap (tip: foto's staan in de evenementmap; schrijf een pad zoals \"photos/name.jpg\" (geen `..`, geen `/` aan het begin))",
        ],
    ),
    (
        "2022/2022-11-01-nul-byte",
        &[
            "4:18: error: TOML-syntaxfout: hier staat een onzichtbaar stuurteken (U+0000) (tip: haal het weg: typ de tekst rond deze plek opnieuw (het kan met kopiëren en plakken zijn meegekomen))",
        ],
    ),
    (
        "2022/2022-11-01-deep-nesting",
        &[
            "2:88: error: TOML-syntaxfout: te veel `[` of `{` in elkaar (tip: een verslag heeft hoogstens een paar niveaus; zie docs/record-format.md)",
        ],
    ),
    (
        "2022/2022-11-01-too-many-tables",
        &[
            "9:1: error: `tables` heeft 101 items; er passen er hoogstens 100 in een verslag (tip: laat items weg, of verdeel het evenement over meer verslagen)",
        ],
    ),
    (
        "2022/2022-11-01-glyph-missing",
        &[
            "11:17: error: `tables[0].host.name`: het teken '王' (U+738B) staat in geen van de lettertypen van het verslag en zou als een hokje gedrukt worden (tip: de meegeleverde lettertypen hebben Latijnse, Griekse, Cyrillische, Arabische en Hebreeuwse letters en emoji tot Unicode 9 (2016). Wil je het teken drukken? Voeg dan een lettertype met dat teken toe aan een huisstijl (in brand.toml: [fonts] files = [\"fonts/NotoSansJP-Regular.otf\"] en fallback = [\"Noto Sans JP\"]) en geef --brand mee. Of schrijf het in Latijnse letters)",
        ],
    ),
    (
        "2022/2022-11-01-figure-huge",
        &[
            "14:9: error: `facts.figures[0].value` is te groot om te drukken: 1e300 (tip: een getal is hoogstens 999 999 999 999 999; schrijf grote bedragen in een eenheid, zoals `unit = \"miljoen euro\"`)",
            "18:9: error: `facts.figures[1].value` is te groot om te drukken: -2e15 (tip: een getal is hoogstens 999 999 999 999 999; schrijf grote bedragen in een eenheid, zoals `unit = \"miljoen euro\"`)",
        ],
    ),
    (
        "2022/2022-11-01-control-escape",
        &[
            "4:9: error: `event.title` bevat een onzichtbaar stuurteken (U+0000) (tip: haal het weg: een escape zoals \\u0000 of een geplakt stuurteken wordt niet gedrukt)",
            "11:17: error: `tables[0].host.name` bevat een onzichtbaar stuurteken (U+001B) (tip: haal het weg: een escape zoals \\u0000 of een geplakt stuurteken wordt niet gedrukt)",
        ],
    ),
    (
        "2022/2022-11-01-empty-record",
        &[
            "1:1: error: de verplichte sleutel `version` ontbreekt (tip: voeg `version = 1` toe op het hoogste niveau)",
            "1:1: error: de verplichte sleutel `event` ontbreekt (tip: voeg de sectie `[event]` toe)",
            "1:1: error: `[[tables]]` ontbreekt: er is minstens 1 nodig (tip: voeg een sectie `[[tables]]` toe)",
        ],
    ),
    (
        "2022/2022-11-01-figure-thousands",
        &[
            "21:9: error: `facts.figures[0].value`: 2.345 wordt gelezen als twee komma drie vier vijf; schrijf 2345 (of 2_345) (tip: voor een kommagetal schrijf je vier cijfers na de punt: 2.3450)",
            "26:9: error: `facts.figures[1].value`: -2.345 wordt gelezen als min twee komma drie vier vijf; schrijf -2345 (of -2_345) (tip: voor een kommagetal schrijf je vier cijfers na de punt: -2.3450)",
            "30:9: error: `facts.figures[2].value`: 12.500 wordt gelezen als twaalf komma vijf nul nul; schrijf 12500 (of 12_500) (tip: voor een kommagetal schrijf je vier cijfers na de punt: 12.5000)",
        ],
    ),
    (
        "2022/2022-11-01-figure-dutch-points",
        &[
            "21:14: error: TOML-syntaxfout: 1.091.879 is geen getal; schrijf 1091879 (of 1_091_879) (tip: TOML kent geen punten tussen duizendtallen: schrijf alleen de cijfers, of zet er _ tussen; een kommagetal krijgt één punt: 2.5)",
        ],
    ),
    (
        "2022/2022-11-01-figure-comma",
        &[
            "21:10: error: TOML-syntaxfout: 2,5 is geen getal; schrijf 2.5 (tip: een kommagetal krijgt een punt, geen komma; duizendtallen krijgen geen scheidingsteken (2345 of 2_345))",
        ],
    ),
    (
        "2022/2022-11-01-placeholders",
        &[
            "4:9: error: `event.title` bevat nog de voorbeeldtekst van `verslag new` (tip: schrijf wat hier hoort, of haal de sleutel weg als die niet verplicht is)",
            "12:17: error: `tables[0].host.name` bevat nog de voorbeeldtekst van `verslag new` (tip: schrijf wat hier hoort, of haal de sleutel weg als die niet verplicht is)",
            "14:14: error: `tables[0].solutions[0]` bevat nog de voorbeeldtekst van `verslag new` (tip: schrijf wat hier hoort, of haal de sleutel weg als die niet verplicht is)",
            "20:8: error: `closing.quotes[0].text` bevat nog de voorbeeldtekst van `verslag new` (tip: schrijf wat hier hoort, of haal de sleutel weg als die niet verplicht is)",
            "21:46: error: `closing.quotes[0].speaker.organization` bevat nog de voorbeeldtekst van `verslag new` (tip: schrijf wat hier hoort, of haal de sleutel weg als die niet verplicht is)",
        ],
    ),
    (
        "2023/2023-03-14-date-slashes",
        &[
            "5:8: error: TOML-syntaxfout: `date = 2023/03/14` is geen datum (tip: schrijf de dag als 2023-03-14 (jaar-maand-dag, zonder aanhalingstekens))",
        ],
    ),
    (
        "2023/2023-03-14-date-words",
        &[
            "5:8: error: TOML-syntaxfout: `date = 14 maart` is geen datum (tip: schrijf de dag als 2023-03-14 (jaar-maand-dag, zonder aanhalingstekens))",
        ],
    ),
    (
        "2023/2023-03-14-review-by-unquoted",
        &[
            "8:13: error: TOML-syntaxfout: ongeldige datum, het jaar moet vier cijfers hebben (JJJJ) (tip: schrijf de dag als 2023-03-28 (jaar-maand-dag, zonder aanhalingstekens))",
        ],
    ),
    (
        "2023/2023-03-14-approved-slashes",
        &[
            "14:12: error: TOML-syntaxfout: `approved = 2023/03/21` is geen datum (tip: schrijf de dag als 2023-03-21 (jaar-maand-dag, zonder aanhalingstekens))",
        ],
    ),
];

pub const WARNINGS_NL: &[(&str, &[&str])] = &[
    (
        "2022/2022-11-01-figure-thousands-en",
        &[
            "21:9: warning: `facts.figures[0].value`: 2.345 wordt gelezen als twee komma drie vier vijf; schrijf 2345 (of 2_345) (tip: voor een kommagetal schrijf je vier cijfers na de punt: 2.3450)",
        ],
    ),
    (
        "2022/2022-11-01-photo-no-alt",
        &[
            "18:11: warning: `photos[0]` heeft geen `alt`: een schermlezer leest dan het bijschrift \"Wethouder Şükrü Çelik luistert\" voor (tip: zet `alt = \"...\"` bij photos[0] met wat er op de foto te zien is; het bijschrift zegt wat er gebeurde, de alt-tekst wat je ziet)",
        ],
    ),
    (
        "2022/2022-11-01-solutions-one-list",
        &[
            "14:13: warning: `tables[0].solutions` heeft één oplossing die eruitziet als een opsomming van 3 (tip: zet elke oplossing tussen eigen aanhalingstekens: solutions = [\"Een aanspreekpunt\", \"stage omzetten\", \"nazorg\"])",
        ],
    ),
];
