//! Where each photo goes and how large it is printed: the cover slot, and gallery rows of
//! equal height that fill the text width. The photo pipeline sizes pixels to these slots.

use serde::Serialize;

/// Text width of the report's inner pages (see `page.rs`).
pub const TEXT_WIDTH_MM: f64 = crate::page::REPORT.text_width_mm();
/// Space between two photos in a row.
pub const GUTTER_MM: f64 = 4.0;
/// The cover photo bleeds across the page width.
pub const COVER_MM: (f64, f64) = (crate::page::REPORT.width_mm, 150.0);
/// Gallery photos are never printed taller than this.
pub const MAX_ROW_HEIGHT_MM: f64 = 95.0;
pub const MAX_SINGLE_HEIGHT_MM: f64 = 115.0;
/// Print resolution the pipeline sizes photos for.
pub const PRINT_PPI: f64 = 300.0;

/// The printed size of one photo.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Placement {
    /// Index into the record's `photos`.
    pub index: usize,
    pub width_mm: f64,
    pub height_mm: f64,
    /// Cropped to exactly this size (cover); otherwise the whole photo is shown.
    pub crop: bool,
}

impl Placement {
    /// The pixel size that prints at `PRINT_PPI`.
    pub fn pixels(&self) -> (u32, u32) {
        let px = |mm: f64| ((mm / 25.4 * PRINT_PPI).round() as u32).max(1);
        (px(self.width_mm), px(self.height_mm))
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Plan {
    pub cover: Option<Placement>,
    pub rows: Vec<Vec<Placement>>,
}

impl Plan {
    pub fn all(&self) -> impl Iterator<Item = &Placement> {
        self.cover.iter().chain(self.rows.iter().flatten())
    }
}

/// Plans every photo from its upright pixel size; `cover` is the cover photo's index.
pub fn plan(sizes: &[(u32, u32)], cover: Option<usize>) -> Plan {
    let aspect = |i: usize| {
        let (w, h) = sizes[i];
        f64::from(w.max(1)) / f64::from(h.max(1))
    };
    let others: Vec<usize> = (0..sizes.len()).filter(|i| Some(*i) != cover).collect();
    let rows = others
        .chunks(2)
        .map(|pair| match *pair {
            [a, b] => {
                let h =
                    ((TEXT_WIDTH_MM - GUTTER_MM) / (aspect(a) + aspect(b))).min(MAX_ROW_HEIGHT_MM);
                vec![placed(a, h * aspect(a), h), placed(b, h * aspect(b), h)]
            }
            [a] => {
                let h = (TEXT_WIDTH_MM / aspect(a)).min(MAX_SINGLE_HEIGHT_MM);
                vec![placed(a, h * aspect(a), h)]
            }
            _ => Vec::new(),
        })
        .collect();
    Plan {
        cover: cover.map(|index| Placement {
            index,
            width_mm: COVER_MM.0,
            height_mm: COVER_MM.1,
            crop: true,
        }),
        rows,
    }
}

fn placed(index: usize, width_mm: f64, height_mm: f64) -> Placement {
    // Rounded to 0.1 mm so that the template and the pipeline agree exactly.
    let r = |v: f64| (v * 10.0).round() / 10.0;
    Placement {
        index,
        width_mm: r(width_mm),
        height_mm: r(height_mm),
        crop: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_fill_the_text_width_at_equal_height() {
        let p = plan(&[(3000, 2000), (2000, 3000), (4000, 3000)], Some(2));
        assert_eq!(p.cover.unwrap().index, 2);
        let row = &p.rows[0];
        assert_eq!(row[0].height_mm, row[1].height_mm);
        let total = row[0].width_mm + row[1].width_mm + GUTTER_MM;
        assert!((total - TEXT_WIDTH_MM).abs() < 0.2, "{total}");
        assert_eq!(p.cover.unwrap().pixels(), (2480, 1772));
    }

    #[test]
    fn tall_photos_are_capped() {
        let p = plan(&[(1000, 4000)], None);
        assert_eq!(p.rows[0][0].height_mm, MAX_SINGLE_HEIGHT_MM);
    }
}
