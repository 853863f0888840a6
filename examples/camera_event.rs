//! Writes a benchmark event of camera-sized photos: `cargo run --release --example
//! camera_event -- DIR [COUNT]` makes DIR/2024/2024-03-14-camera-bench/ with COUNT photos of
//! 4000 x 3000 pixels (about 5 MB each, baseline JPEG, EXIF orientation 6, as a phone held
//! upright writes them), made from the example's photos with sensor-like noise.

use std::path::PathBuf;

fn main() {
    let mut args = std::env::args().skip(1);
    let root = PathBuf::from(args.next().expect("usage: camera_event DIR [COUNT]"));
    let count: usize = args
        .next()
        .map_or(20, |n| n.parse().expect("COUNT is a number"));
    let dir = root.join("2024/2024-03-14-camera-bench");
    std::fs::create_dir_all(dir.join("photos")).unwrap();
    let sources = [
        "events/2022/2022-11-01-praktijktafel-amersfoort/photos/seeding_by_Clements_Engelhardt.jpg",
        "events/2022/2022-11-01-praktijktafel-amersfoort/photos/sunset_by_Aitzol_Berasategi.jpg",
        "events/2022/2022-11-01-praktijktafel-amersfoort/photos/picosdeeuropa_by_Aitzol_Berasategi.jpg",
    ];
    let mut record = String::from(
        "version = 1\n\n[event]\ntitle = \"Benchmark met camerafoto's\"\ndate = 2024-03-14\n\
         organizer = \"De Normaalste Zaak Amersfoort\"\nintro = \"Twintig foto's van een telefoon.\"\n\n\
         [[tables]]\nmunicipality = \"Baarn\"\nhost = { name = \"Erwin Jansma\" }\n\
         question = \"Hoe snel is verslag?\"\nsolutions = [\"Meten\"]\n",
    );
    let mut seed: u32 = 0x1234_5678;
    for i in 0..count {
        let src = image::open(sources[i % sources.len()]).unwrap().to_rgb8();
        // Stored landscape 4000 x 3000 with orientation 6: shown portrait.
        let img = image::imageops::resize(&src, 4000, 3000, image::imageops::FilterType::Triangle);
        let mut raw = img.into_raw();
        for v in raw.iter_mut() {
            seed ^= seed << 13;
            seed ^= seed >> 17;
            seed ^= seed << 5;
            *v = v.saturating_add((seed % 16) as u8).saturating_sub(8);
        }
        let mut jpeg = Vec::new();
        jpeg_encoder::Encoder::new(&mut jpeg, 92)
            .encode(&raw, 4000, 3000, jpeg_encoder::ColorType::Rgb)
            .unwrap();
        let file = format!("photos/camera-{i:02}.jpg");
        std::fs::write(dir.join(&file), with_orientation_6(&jpeg)).unwrap();
        record.push_str(&format!(
            "\n[[photos]]\nfile = \"{file}\"\ncaption = \"Foto {}\"\nalt = \"Een grijs vlak met een pijl\"\n{}",
            i + 1,
            if i == 0 { "cover = true\n" } else { "" }
        ));
    }
    std::fs::write(dir.join("event.toml"), record).unwrap();
    println!("{}", dir.display());
}

/// Inserts an EXIF APP1 segment holding Orientation = 6 after the SOI marker.
fn with_orientation_6(jpeg: &[u8]) -> Vec<u8> {
    let tiff: [u8; 26] = [
        b'M', b'M', 0, 42, 0, 0, 0, 8, // big-endian TIFF header, IFD at 8
        0, 1, // one entry
        0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, // Orientation (SHORT, 1) = 6
        0, 0, 0, 0, // no next IFD
    ];
    let mut app1 = b"Exif\0\0".to_vec();
    app1.extend_from_slice(&tiff);
    let len = (app1.len() + 2) as u16;
    let mut out = jpeg[..2].to_vec();
    out.extend_from_slice(&[0xFF, 0xE1]);
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&app1);
    out.extend_from_slice(&jpeg[2..]);
    out
}
