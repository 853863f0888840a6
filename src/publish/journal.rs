//! `outbox/<event>/publish.log`: what a publish made on which site, a line per step, flushed
//! and synced as it is written, so that a run killed half-way is resumed without duplicates.
//! Each line names its site; another site's lines are not used.
//!
//! ```text
//! <site>\tpost\t<id>\t<modified_gmt>       the post, as the last write left it
//! <site>\tmedia\t<sha256>\t<id>\t<url>      a photo's media item (the photo's content hash)
//! <site>\tpdf\t<sha256>\t<id>\t<url>        the report's PDF
//! <site>\tgone\t<id>                        a media item deleted, or found deleted on the site
//! ```

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::diagnostics::Diagnostic;

/// A media item on the site.
#[derive(Debug, Clone, PartialEq)]
pub struct Media {
    pub id: u64,
    pub url: String,
}

/// What the journal says of one site.
#[derive(Debug, Default)]
pub struct Journal {
    path: PathBuf,
    site: String,
    /// The post and its `modified_gmt` after the last write.
    pub post: Option<(u64, String)>,
    /// Photos by content hash.
    pub media: BTreeMap<String, Media>,
    /// PDFs by content hash, the newest last.
    pub pdfs: Vec<(String, Media)>,
    /// A dry run's: it follows what a run would write, and writes nothing.
    pub dry: bool,
}

impl Journal {
    /// The journal at `path` for `site` (none yet: empty).
    pub fn read(path: &Path, site: &str) -> Result<Journal, Diagnostic> {
        let mut j = Journal {
            path: path.to_path_buf(),
            site: site.to_string(),
            ..Journal::default()
        };
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(j),
            Err(e) => {
                return Err(Diagnostic::file(
                    path,
                    crate::msg!("publish-journal-read", reason = &e),
                ));
            }
        };
        for line in text.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            if f.first() != Some(&site) {
                continue;
            }
            let id = |i: usize| f.get(i).and_then(|s| s.parse::<u64>().ok());
            match (f.get(1).copied(), f.len()) {
                (Some("post"), 4) => j.post = id(2).map(|n| (n, f[3].to_string())),
                (Some(kind @ ("media" | "pdf")), 5) => {
                    if let Some(n) = id(3) {
                        let m = Media {
                            id: n,
                            url: f[4].to_string(),
                        };
                        if kind == "media" {
                            j.media.insert(f[2].to_string(), m);
                        } else {
                            j.pdfs.retain(|(sha, _)| sha != f[2]);
                            j.pdfs.push((f[2].to_string(), m));
                        }
                    }
                }
                (Some("gone"), 3) => {
                    if let Some(n) = id(2) {
                        j.media.retain(|_, m| m.id != n);
                        j.pdfs.retain(|(_, m)| m.id != n);
                    }
                }
                // A line cut short by a crash, or of a later version: passed over.
                _ => {}
            }
        }
        Ok(j)
    }

    fn append(&self, fields: &[&str]) -> Result<(), Diagnostic> {
        if self.dry {
            return Ok(());
        }
        let fail = |e: std::io::Error| {
            Diagnostic::file(
                &self.path,
                crate::msg!("publish-journal-write", reason = &e),
            )
            .with_hint(crate::msg!("hint-folder-writable"))
        };
        if let Some(parent) = self.path.parent() {
            std::fs::create_dir_all(parent).map_err(fail)?;
        }
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .read(true)
            .append(true)
            .open(&self.path)
            .map_err(fail)?;
        // A line a killed run left without its end is ended first, or this one would join it.
        let len = file.metadata().map_err(fail)?.len();
        let mut last = [b'\n'];
        if len > 0 {
            use std::io::{Read as _, Seek as _};
            file.seek(std::io::SeekFrom::Start(len - 1)).map_err(fail)?;
            file.read_exact(&mut last).map_err(fail)?;
        }
        let start = if last[0] == b'\n' { "" } else { "\n" };
        let line = format!("{start}{}\t{}\n", self.site, fields.join("\t"));
        file.write_all(line.as_bytes()).map_err(fail)?;
        file.sync_data().map_err(fail)
    }

    pub fn post_written(&mut self, id: u64, modified_gmt: &str) -> Result<(), Diagnostic> {
        self.append(&["post", &id.to_string(), modified_gmt])?;
        self.post = Some((id, modified_gmt.to_string()));
        Ok(())
    }

    pub fn media_made(&mut self, sha: &str, m: &Media) -> Result<(), Diagnostic> {
        self.append(&["media", sha, &m.id.to_string(), &m.url])?;
        self.media.insert(sha.to_string(), m.clone());
        Ok(())
    }

    pub fn pdf_made(&mut self, sha: &str, m: &Media) -> Result<(), Diagnostic> {
        self.append(&["pdf", sha, &m.id.to_string(), &m.url])?;
        self.pdfs.retain(|(s, _)| s != sha);
        self.pdfs.push((sha.to_string(), m.clone()));
        Ok(())
    }

    pub fn gone(&mut self, id: u64) -> Result<(), Diagnostic> {
        self.append(&["gone", &id.to_string()])?;
        self.media.retain(|_, m| m.id != id);
        self.pdfs.retain(|(_, m)| m.id != id);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_reads_its_own_lines_and_a_line_cut_short_is_passed_over() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("publish.log");
        let a = "https://www.denormaalstezaak.nl";
        let b = "http://127.0.0.1:8080";
        std::fs::write(
            &path,
            format!(
                "{a}\tmedia\taa\t5\thttps://x/a.jpg\n{b}\tmedia\tbb\t6\thttp://y/b.jpg\n\
                 {a}\tpdf\tpp\t7\thttps://x/r.pdf\n{a}\tpost\t9\t2026-12-06T10:00:00\n\
                 {b}\tpost\t3\t2026-12-06T11:00:00\n{a}\tgone\t5\n{a}\tmedia\tcc\t8"
            ),
        )
        .unwrap();
        let j = Journal::read(&path, a).unwrap();
        assert_eq!(j.post, Some((9, "2026-12-06T10:00:00".to_string())));
        assert!(
            j.media.is_empty(),
            "5 is gone, 6 is the other site's, 8 is cut short"
        );
        assert_eq!(j.pdfs.len(), 1);
        let mut j = Journal::read(&path, b).unwrap();
        assert_eq!(j.media["bb"].id, 6);
        j.gone(6).unwrap();
        assert!(Journal::read(&path, b).unwrap().media.is_empty());
        assert_eq!(Journal::read(&path, a).unwrap().post.unwrap().0, 9);
    }
}
