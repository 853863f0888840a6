//! Decoding a photo to upright sRGB pixels: JPEG (baseline, progressive, CMYK) through
//! jpeg-decoder with DCT-domain downscaling, PNG and WebP through `image`; EXIF orientation
//! and embedded ICC profiles applied; transparency flattened onto the white of the paper. Sizes are checked from the header before any allocation.

use std::io::{BufRead, Cursor, Seek};

use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageReader, RgbImage, RgbaImage};

use crate::catalog::Message;

/// Photos larger than this many pixels are refused before decoding (a 100 MP camera fits).
pub const MAX_PIXELS: u64 = 120_000_000;
/// No side may be longer than this.
pub const MAX_SIDE: u32 = 30_000;

/// Upright sRGB pixels, always RGB: transparency is flattened onto white.
pub struct Decoded {
    pub image: DynamicImage,
    /// The photo's stored size before any DCT scaling, upright.
    pub original: (u32, u32),
    /// 1, 2, 4 or 8: how much the JPEG decoder scaled down while decoding.
    pub dct_scale: u32,
}

fn is_jpeg(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0xFF, 0xD8, 0xFF])
}

fn turned(o: Orientation) -> bool {
    matches!(
        o,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

fn upright((w, h): (u32, u32), o: Orientation) -> (u32, u32) {
    if turned(o) { (h, w) } else { (w, h) }
}

/// Why a photo is refused before it is decoded.
#[derive(Debug)]
pub enum Refusal {
    /// More pixels than verslag decodes: a decompression bomb, or a photo to make smaller.
    TooLarge(Message),
    /// Not a photo verslag can read.
    Unreadable(Message),
}

impl Refusal {
    /// Why, as a message of the catalog.
    pub fn message(&self) -> &Message {
        match self {
            Refusal::TooLarge(m) | Refusal::Unreadable(m) => m,
        }
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.message().fmt(f)
    }
}

impl From<Message> for Refusal {
    fn from(message: Message) -> Refusal {
        Refusal::Unreadable(message)
    }
}

impl From<Refusal> for Message {
    fn from(r: Refusal) -> Message {
        match r {
            Refusal::TooLarge(m) | Refusal::Unreadable(m) => m,
        }
    }
}

fn check_size(w: u32, h: u32) -> Result<(), Refusal> {
    if w == 0 || h == 0 {
        return Err(crate::msg!("photo-no-pixels").into());
    }
    if u64::from(w) * u64::from(h) > MAX_PIXELS || w > MAX_SIDE || h > MAX_SIDE {
        return Err(Refusal::TooLarge(crate::msg!(
            "photo-claims-too-many-pixels",
            width = i64::from(w),
            height = i64::from(h),
            megapixels = MAX_PIXELS / 1_000_000,
            side = i64::from(MAX_SIDE)
        )));
    }
    Ok(())
}

fn orientation_of_exif(exif: Option<&[u8]>) -> Orientation {
    exif.and_then(Orientation::from_exif_chunk)
        .unwrap_or(Orientation::NoTransforms)
}

/// The upright pixel size, from the header only.
pub fn probe<'a>(reader: impl BufRead + Seek + 'a) -> Result<(u32, u32), Refusal> {
    let mut reader = reader;
    let mut magic = [0u8; 3];
    reader
        .read_exact(&mut magic)
        .map_err(|_| Refusal::from(crate::msg!("photo-cut-short")))?;
    reader
        .rewind()
        .map_err(|e| Refusal::from(crate::msg!("io-other", detail = e.to_string())))?;
    if is_jpeg(&magic) {
        let mut d = jpeg_decoder::Decoder::new(reader);
        d.read_info().map_err(jpeg_error)?;
        let info = d
            .info()
            .ok_or_else(|| Refusal::from(crate::msg!("photo-jpeg-header")))?;
        let (w, h) = (u32::from(info.width), u32::from(info.height));
        check_size(w, h)?;
        return Ok(upright((w, h), orientation_of_exif(d.exif_data())));
    }
    let mut decoder = image_decoder(reader)?;
    let o = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    Ok(upright(decoder.dimensions(), o))
}

fn image_decoder<'a, R: BufRead + Seek + 'a>(reader: R) -> Result<impl ImageDecoder + 'a, Refusal> {
    let mut reader = ImageReader::new(reader)
        .with_guessed_format()
        .map_err(|e| crate::msg!("io-other", detail = e.to_string()))?;
    // Width and height are checked by `check_size` (with a clearer message); this bounds the
    // decoder's own allocations.
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_PIXELS * 4 + (64 << 20));
    reader.limits(limits);
    let decoder = reader.into_decoder().map_err(image_error)?;
    let (w, h) = decoder.dimensions();
    check_size(w, h)?;
    Ok(decoder)
}

/// Decodes `bytes`, scaling JPEGs down in the DCT domain as far as `need` (upright pixels,
/// both sides) allows.
pub fn decode(bytes: &[u8], need: (u32, u32)) -> Result<Decoded, Message> {
    if is_jpeg(bytes) {
        decode_jpeg(bytes, need)
    } else {
        decode_other(bytes)
    }
}

fn decode_jpeg(bytes: &[u8], need: (u32, u32)) -> Result<Decoded, Message> {
    let mut d = jpeg_decoder::Decoder::new(Cursor::new(bytes));
    d.read_info().map_err(jpeg_error)?;
    let info = d.info().ok_or("the JPEG header cannot be read")?;
    let stored = (u32::from(info.width), u32::from(info.height));
    check_size(stored.0, stored.1)?;
    let orientation = orientation_of_exif(d.exif_data());
    let original = upright(stored, orientation);
    // The stored-orientation size needed so that the upright image covers `need`.
    let scale =
        (f64::from(need.0) / f64::from(original.0)).max(f64::from(need.1) / f64::from(original.1));
    let req = |v: u32| (f64::from(v) * scale.min(1.0)).ceil().clamp(1.0, 65535.0) as u16;
    let (sw, sh) = d.scale(req(stored.0), req(stored.1)).map_err(jpeg_error)?;
    let dct_scale = (stored.0 / u32::from(sw).max(1)).max(1);
    let mut pixels = d.decode().map_err(jpeg_error)?;
    let info = d.info().ok_or("the JPEG header cannot be read")?;
    let (w, h) = (u32::from(sw), u32::from(sh));
    let icc = d.icc_profile();
    let rgb = match info.pixel_format {
        jpeg_decoder::PixelFormat::RGB24 => {
            if let Some(icc) = &icc {
                to_srgb(icc, qcms::DataType::RGB8, &mut pixels);
            }
            pixels
        }
        jpeg_decoder::PixelFormat::L8 => pixels.iter().flat_map(|&l| [l, l, l]).collect(),
        jpeg_decoder::PixelFormat::L16 => pixels
            .chunks_exact(2)
            .flat_map(|c| {
                let l = c[0];
                [l, l, l]
            })
            .collect(),
        jpeg_decoder::PixelFormat::CMYK32 => cmyk_to_rgb(&pixels, icc.as_deref()),
    };
    let image =
        RgbImage::from_raw(w, h, rgb).ok_or("the JPEG decoded to fewer pixels than its size")?;
    let mut image = DynamicImage::ImageRgb8(image);
    image.apply_orientation(orientation);
    Ok(Decoded {
        image,
        original,
        dct_scale,
    })
}

fn decode_other(bytes: &[u8]) -> Result<Decoded, Message> {
    let mut decoder = image_decoder(Cursor::new(bytes))?;
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let icc = decoder.icc_profile().ok().flatten();
    let image = DynamicImage::from_decoder(decoder).map_err(image_error)?;
    let mut image = if image.color().has_alpha() && has_transparency(&image) {
        let mut rgba = image.into_rgba8();
        if let Some(icc) = &icc {
            to_srgb(icc, qcms::DataType::RGBA8, &mut rgba);
        }
        DynamicImage::ImageRgb8(on_white(&rgba))
    } else {
        let mut rgb = image.into_rgb8();
        if let Some(icc) = &icc {
            to_srgb(icc, qcms::DataType::RGB8, &mut rgb);
        }
        DynamicImage::ImageRgb8(rgb)
    };
    image.apply_orientation(orientation);
    let original = (image.width(), image.height());
    Ok(Decoded {
        image,
        original,
        dct_scale: 1,
    })
}

/// Composites a photo with transparency onto white, the paper it prints on: it then looks the
/// same on the page and is encoded as JPEG like any other photo (a tenth of a lossless PNG
/// with its soft mask).
fn on_white(rgba: &RgbaImage) -> RgbImage {
    let blend = |c: u8, a: u8| {
        let (c, a) = (u32::from(c), u32::from(a));
        // c * a + 255 * (255 - a), divided by 255 and rounded.
        ((c * a + 255 * (255 - a) + 127) / 255) as u8
    };
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        image::Rgb([blend(r, a), blend(g, a), blend(b, a)])
    })
}

/// Whether any pixel is not fully opaque (an alpha channel that is all 255 is dropped).
fn has_transparency(image: &DynamicImage) -> bool {
    match image {
        DynamicImage::ImageRgba8(i) => i.pixels().any(|p| p.0[3] < 255),
        DynamicImage::ImageLumaA8(i) => i.pixels().any(|p| p.0[1] < 255),
        other => {
            let rgba: RgbaImage = other.to_rgba8();
            rgba.pixels().any(|p| p.0[3] < 255)
        }
    }
}

/// Converts pixels in place from an embedded ICC profile to sRGB; an unusable profile is
/// ignored (the pixels are then taken to be sRGB already).
fn to_srgb(icc: &[u8], ty: qcms::DataType, pixels: &mut [u8]) {
    let Some(input) = qcms::Profile::new_from_slice(icc, false) else {
        return;
    };
    let mut output = qcms::Profile::new_sRGB();
    output.precache_output_transform();
    if let Some(t) = qcms::Transform::new(&input, &output, ty, qcms::Intent::Perceptual) {
        let bpp = if matches!(ty, qcms::DataType::RGBA8) {
            4
        } else {
            3
        };
        let whole = pixels.len() / bpp * bpp;
        t.apply(&mut pixels[..whole]);
    }
}

/// CMYK ink amounts (jpeg-decoder undoes Adobe's inverted storage) to sRGB, through the
/// embedded profile when there is one.
fn cmyk_to_rgb(cmyk: &[u8], icc: Option<&[u8]>) -> Vec<u8> {
    let pixels = cmyk.len() / 4;
    if let Some(icc) = icc
        && let Some(input) = qcms::Profile::new_from_slice(icc, false)
    {
        let mut output = qcms::Profile::new_sRGB();
        output.precache_output_transform();
        if let Some(t) = qcms::Transform::new_to(
            &input,
            &output,
            qcms::DataType::CMYK,
            qcms::DataType::RGB8,
            qcms::Intent::Perceptual,
        ) {
            let mut rgb = vec![0u8; pixels * 3];
            t.convert(&cmyk[..pixels * 4], &mut rgb);
            return rgb;
        }
    }
    let mut rgb = Vec::with_capacity(pixels * 3);
    for p in cmyk.chunks_exact(4) {
        // Without a profile: R = (1 - C)(1 - K), and likewise G and B.
        let k = 255 - u32::from(p[3]);
        for &c in &p[..3] {
            rgb.push((((255 - u32::from(c)) * k + 127) / 255) as u8);
        }
    }
    rgb
}

fn jpeg_error(e: jpeg_decoder::Error) -> Message {
    match e {
        jpeg_decoder::Error::Unsupported(f) => {
            crate::msg!("photo-jpeg-feature", feature = format!("{f:?}"))
        }
        jpeg_decoder::Error::Io(_) => crate::msg!("photo-jpeg-cut-short"),
        other => crate::msg!("photo-jpeg-damaged", detail = other.to_string()),
    }
}

fn image_error(e: image::ImageError) -> Message {
    match e {
        image::ImageError::Unsupported(_) => crate::msg!("photo-kind-unsupported"),
        image::ImageError::Limits(_) => crate::msg!("photo-too-large-to-decode"),
        other => crate::msg!("photo-damaged", detail = other.to_string()),
    }
}
