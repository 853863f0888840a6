//! The typst `World` of one report: it serves an allowlist of in-memory files (templates,
//! data, brand assets, prepared photos) and the brand's font set; nothing else, no packages.

use std::collections::HashMap;

use typst::diag::{FileError, FileResult, PackageError};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};

use std::sync::Arc;

use crate::fonts::FontSet;

/// Every file a document may read, by virtual path (`/report.typ`, `/data.json`, ...).
pub struct ReportWorld {
    library: LazyHash<Library>,
    main: FileId,
    files: HashMap<FileId, Bytes>,
    /// The event date, so that `datetime.today()` is reproducible.
    today: Option<Datetime>,
    fonts: Arc<FontSet>,
}

impl ReportWorld {
    /// `files` maps virtual paths to contents; `main` names the entry template.
    pub fn new(
        main: &str,
        files: Vec<(String, Bytes)>,
        today: Option<Datetime>,
        fonts: Arc<FontSet>,
    ) -> Self {
        let files = files
            .into_iter()
            .filter_map(|(path, bytes)| Some((file_id(&path)?, bytes)))
            .collect();
        ReportWorld {
            library: LazyHash::new(Library::builder().build()),
            main: file_id(main).unwrap_or_else(|| file_id("/main.typ").expect("valid path")),
            files,
            today,
            fonts,
        }
    }
}

/// The interned id of a virtual path in the project root (reused across documents).
pub fn file_id(path: &str) -> Option<FileId> {
    let vpath = VirtualPath::new(path).ok()?;
    Some(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        let bytes = self.file(id)?;
        let text = std::str::from_utf8(&bytes).map_err(|_| FileError::InvalidUtf8)?;
        Ok(Source::new(id, text.to_string()))
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let VirtualRoot::Package(spec) = id.root() {
            return Err(FileError::Package(PackageError::Other(Some(
                format!("packages such as {spec} are not available: a report uses only its own templates").into(),
            ))));
        }
        self.files.get(&id).cloned().ok_or_else(|| {
            FileError::Other(Some(
                format!(
                    "{} is not one of the files a report may read (templates, data, brand, photos)",
                    id.vpath().get_with_slash()
                )
                .into(),
            ))
        })
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        self.today
    }
}
