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
///
/// Gallery photos go in record order into rows of one height. A row closes once it holds two
/// photos and fills at least two thirds of the text width at the tallest height allowed, so
/// two portraits share a row and tall phone portraits go three to a row. A last photo that
/// cannot fill a row alone joins the row before it; a lone portrait with no row to join is
/// printed at row height, and the template sets it beside text.
pub fn plan(sizes: &[(u32, u32)], cover: Option<usize>) -> Plan {
    let aspect = |i: usize| {
        let (w, h) = sizes[i];
        f64::from(w.max(1)) / f64::from(h.max(1))
    };
    let others: Vec<usize> = (0..sizes.len()).filter(|i| Some(*i) != cover).collect();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    for i in others {
        current.push(i);
        let aspects: Vec<f64> = current.iter().map(|&i| aspect(i)).collect();
        if (current.len() >= 2 && row_fill(&aspects) >= MIN_ROW_FILL)
            || current.len() == MAX_PER_ROW
        {
            groups.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        let aspects: Vec<f64> = current.iter().map(|&i| aspect(i)).collect();
        match groups.last_mut() {
            Some(last)
                if row_fill(&aspects) < MIN_ROW_FILL
                    && last.len() + current.len() <= MAX_PER_ROW =>
            {
                last.append(&mut current)
            }
            _ => groups.push(current),
        }
    }
    let rows = groups
        .into_iter()
        .map(|row| {
            let aspects: Vec<f64> = row.iter().map(|&i| aspect(i)).collect();
            let gutters = GUTTER_MM * (row.len() - 1) as f64;
            let h = ((TEXT_WIDTH_MM - gutters) / aspects.iter().sum::<f64>()).min(cap(&aspects));
            row.iter().map(|&i| placed(i, h * aspect(i), h)).collect()
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

/// A row never leaves more than a third of the text width empty.
pub const MIN_ROW_FILL: f64 = 2.0 / 3.0;
const MAX_PER_ROW: usize = 4;

/// The tallest a row may print: a lone landscape photo and a row of portraits only may be
/// taller than a mixed row, which would otherwise leave much of its width empty.
fn cap(aspects: &[f64]) -> f64 {
    let portraits = aspects.iter().all(|&a| a < 1.0);
    match aspects.len() {
        1 if !portraits => MAX_SINGLE_HEIGHT_MM,
        n if n >= 2 && portraits => MAX_SINGLE_HEIGHT_MM,
        _ => MAX_ROW_HEIGHT_MM,
    }
}

/// The share of the text width a row of photos with these aspect ratios fills at the
/// tallest height it may have.
fn row_fill(aspects: &[f64]) -> f64 {
    let gutters = GUTTER_MM * (aspects.len().saturating_sub(1)) as f64;
    ((cap(aspects) * aspects.iter().sum::<f64>() + gutters) / TEXT_WIDTH_MM).min(1.0)
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
    fn a_lone_portrait_is_printed_at_row_height() {
        let p = plan(&[(1000, 4000)], None);
        assert_eq!(p.rows[0][0].height_mm, MAX_ROW_HEIGHT_MM);
        let p = plan(&[(4000, 3000)], None);
        assert_eq!(p.rows[0][0].height_mm, MAX_SINGLE_HEIGHT_MM);
    }

    fn width(row: &[Placement]) -> f64 {
        row.iter().map(|p| p.width_mm).sum::<f64>() + GUTTER_MM * (row.len() - 1) as f64
    }

    #[test]
    fn no_row_leaves_more_than_a_third_of_the_width_empty() {
        let landscape = (4000, 3000);
        let portrait = (3000, 4000);
        let phone = (1080, 1920);
        let cases: &[&[(u32, u32)]] = &[
            &[portrait, portrait],
            &[phone, phone, phone, phone, phone],
            &[landscape, landscape, portrait],
            &[landscape, landscape, landscape],
            &[
                portrait, landscape, phone, phone, portrait, portrait, landscape,
            ],
        ];
        for sizes in cases {
            let p = plan(sizes, None);
            let placed: usize = p.rows.iter().map(Vec::len).sum();
            assert_eq!(placed, sizes.len(), "{sizes:?}");
            for row in &p.rows {
                assert!(
                    width(row) >= MIN_ROW_FILL * TEXT_WIDTH_MM - 0.5,
                    "{sizes:?}: a row of {:.0} mm",
                    width(row)
                );
                assert!(width(row) <= TEXT_WIDTH_MM + 0.2, "{sizes:?}");
            }
        }
        // Record order is kept.
        let p = plan(&[portrait, landscape, phone, phone, portrait], None);
        let order: Vec<usize> = p.rows.iter().flatten().map(|x| x.index).collect();
        assert_eq!(order, [0, 1, 2, 3, 4]);
    }
}
