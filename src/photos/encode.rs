//! Re-encoding as JPEG (transparency was flattened onto white when decoding); no metadata is
//! written (no EXIF, no GPS position, no camera serial number).

use image::DynamicImage;

/// JPEG quality for re-encoded photos, chosen with the benchmark: at 300 ppi no artefacts show
/// in print, and the example report stays well under the size a mailbox accepts.
pub const JPEG_QUALITY: u8 = 82;

/// Encoded bytes and the file extension Typst recognises them by.
pub fn encode(img: &DynamicImage) -> Result<(Vec<u8>, &'static str), crate::catalog::Message> {
    encode_with(img, JPEG_QUALITY)
}

/// [`encode`] at another quality (the web's photos).
pub fn encode_with(
    img: &DynamicImage,
    quality: u8,
) -> Result<(Vec<u8>, &'static str), crate::catalog::Message> {
    let (w, h) = (img.width(), img.height());
    let rgb = img.to_rgb8();
    let (w16, h16) = (
        u16::try_from(w).map_err(|_| crate::msg!("photo-too-wide"))?,
        u16::try_from(h).map_err(|_| crate::msg!("photo-too-high"))?,
    );
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, quality);
    // Optimised Huffman tables would save about 5 %, but zune-jpeg (the decoder of the `image`
    // crate, and so of many tools) decodes jpeg-encoder's optimised output wrongly; the
    // photo tests decode every embedded JPEG with it to keep this honest.
    encoder.set_optimized_huffman_tables(false);
    encoder
        .encode(rgb.as_raw(), w16, h16, jpeg_encoder::ColorType::Rgb)
        .map_err(|e| crate::msg!("photo-encode", detail = e.to_string()))?;
    Ok((out, "jpg"))
}
