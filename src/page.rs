//! The report's page, stated once: A4 and the inner pages' margins. The photo layout sizes
//! photos to its text width, and the templates set their margins from it (`data.page`), so a
//! designer who changes a margin here changes both.

use serde::Serialize;

/// A page size and its margins, in millimetres.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Page {
    pub width_mm: f64,
    pub height_mm: f64,
    pub margin: Margins,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Margins {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

/// The inner pages of a report.
pub const REPORT: Page = Page {
    width_mm: 210.0,
    height_mm: 297.0,
    margin: Margins {
        left: 20.0,
        right: 20.0,
        top: 24.0,
        bottom: 22.0,
    },
};

impl Page {
    /// The width between the left and right margins.
    pub const fn text_width_mm(&self) -> f64 {
        self.width_mm - self.margin.left - self.margin.right
    }
}
