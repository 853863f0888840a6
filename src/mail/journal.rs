//! `sent.log`: the send journal that keeps every message from going out twice. Before a
//! message's data goes to the server its intent is written and flushed to disk; after the
//! server accepts it, its acceptance. An intent without acceptance (a run killed, the power
//! gone, a journal that could not be written) means "may have been delivered": it is never
//! sent again unless the organiser names it.

use crate::catalog::Message;
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What the journal says of one address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// The server accepted a message to it.
    Sent,
    /// A message to it was being sent when the record stops: it may have arrived.
    Uncertain,
}

enum Entry {
    Intent,
    Accepted,
    Refused,
}

pub struct Journal {
    path: PathBuf,
    /// Lower-case address -> its last state.
    states: HashMap<String, State>,
    /// Lower-case addresses a message to was ever accepted: where a refused resend goes back to.
    accepted_once: HashSet<String>,
    /// Lower-case address -> the time of its last acceptance, as the file had it when read.
    accepted_times: HashMap<String, String>,
}

const HEADER: &str = "# sent by verslag: time, address, message file, Message-ID. `sending` \
                      before the address: its data went to the server (accepted if a plain \
                      line follows); `not-sent`: the server refused it";

impl Journal {
    /// Reads the journal (none yet: nothing was sent). Lines are `time address ...` for an
    /// accepted message (so a line typed by hand as `- address` counts as sent) and
    /// `time sending address ...` for an intent.
    ///
    /// A journal edited by hand in any encoding is read (UTF-16 with its mark, or the
    /// addresses of text that is not UTF-8); one that cannot be read at all is an error, for
    /// reading it as empty would send every message again.
    pub fn read(path: &Path) -> Result<Journal, Message> {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => {
                return Err(crate::msg!(
                    "journal-cannot-read",
                    file = path.display().to_string(),
                    reason = &e
                ));
            }
        };
        let text = match crate::load::decode_wide(&bytes) {
            Some(Ok(text)) => text,
            _ => String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes))
                .into_owned(),
        };
        let mut journal = Journal {
            path: path.to_path_buf(),
            states: HashMap::new(),
            accepted_once: HashSet::new(),
            accepted_times: HashMap::new(),
        };
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let fields: Vec<&str> = line.split_whitespace().collect();
            match fields.as_slice() {
                [_, "sending", address, ..] => journal.note(address, Entry::Intent),
                [_, "not-sent", address, ..] => journal.note(address, Entry::Refused),
                [time, address, ..] => {
                    journal.note(address, Entry::Accepted);
                    journal
                        .accepted_times
                        .insert(address.to_lowercase(), (*time).to_string());
                }
                _ => {}
            }
        }
        Ok(journal)
    }

    fn note(&mut self, address: &str, entry: Entry) {
        let key = address.to_lowercase();
        match entry {
            Entry::Intent => {
                self.states.insert(key, State::Uncertain);
            }
            Entry::Accepted => {
                self.states.insert(key.clone(), State::Sent);
                self.accepted_once.insert(key);
            }
            // A refused message was not delivered: back to what was settled before it.
            Entry::Refused if self.accepted_once.contains(&key) => {
                self.states.insert(key, State::Sent);
            }
            Entry::Refused => {
                self.states.remove(&key);
            }
        }
    }

    /// When the server last accepted a message to `address` (the journal's time, as written),
    /// as the journal was read; `None` when never.
    pub fn accepted_at(&self, address: &str) -> Option<&str> {
        self.accepted_times
            .get(&address.to_lowercase())
            .map(String::as_str)
    }

    /// Whether a message was ever sent, or may have been, from this journal.
    pub fn any_went_out(&self) -> bool {
        !self.states.is_empty() || !self.accepted_once.is_empty()
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn state(&self, address: &str) -> Option<State> {
        self.states.get(&address.to_lowercase()).copied()
    }

    /// Opens (creating) the journal for appending, to know it can be written before sending.
    pub fn check_writable(&self) -> Result<(), Message> {
        self.open().map(|_| ())
    }

    /// Records that a message is about to be handed to the server; on disk before it returns.
    pub fn intent(&mut self, address: &str, file: &str, message_id: &str) -> Result<(), Message> {
        self.append(&format!("sending\t{address}\t{file}\t{message_id}"))?;
        self.note(address, Entry::Intent);
        Ok(())
    }

    /// Records that the server refused the message after its intent: it was not delivered.
    pub fn refused(&mut self, address: &str, file: &str, message_id: &str) -> Result<(), Message> {
        self.append(&format!("not-sent\t{address}\t{file}\t{message_id}"))?;
        self.note(address, Entry::Refused);
        Ok(())
    }

    /// Records that the server accepted the message; on disk before it returns.
    pub fn accepted(&mut self, address: &str, file: &str, message_id: &str) -> Result<(), Message> {
        self.append(&format!("{address}\t{file}\t{message_id}"))?;
        self.note(address, Entry::Accepted);
        Ok(())
    }

    fn open(&self) -> Result<std::fs::File, Message> {
        if let Some(folder) = self.path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| {
                crate::msg!(
                    "journal-cannot-create",
                    folder = folder.display().to_string(),
                    reason = &e
                )
            })?;
        }
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .map_err(|e| {
                crate::msg!(
                    "journal-cannot-write",
                    file = self.path.display().to_string(),
                    reason = &e
                )
            })
    }

    fn append(&self, entry: &str) -> Result<(), Message> {
        let last = std::fs::read(&self.path)
            .ok()
            .and_then(|b| b.last().copied());
        let mut f = self.open()?;
        let time = jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ");
        // A line typed by hand without a final newline must not run into this one.
        let header = match last {
            None => format!("{HEADER}\n"),
            Some(b'\n') => String::new(),
            Some(_) => "\n".into(),
        };
        f.write_all(format!("{header}{time}\t{entry}\n").as_bytes())
            .and_then(|()| f.sync_all())
            .map_err(|e| {
                crate::msg!(
                    "journal-cannot-write",
                    file = self.path.display().to_string(),
                    reason = &e
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_last_line_of_an_address_decides_and_hand_lines_count() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sent.log");
        std::fs::write(
            &path,
            "# header\n\
             2026-01-01T10:00:00Z\tsending\ta@x.nl\tA.eml\t<1@x>\n\
             2026-01-01T10:00:01Z\ta@x.nl\tA.eml\t<1@x>\n\
             2026-01-01T10:00:02Z\tsending\tB@x.nl\tB.eml\t<2@x>\n\
             2026-01-01T10:00:03Z\tsending\te@x.nl\tE.eml\t<3@x>\n\
             2026-01-01T10:00:04Z\tnot-sent\te@x.nl\tE.eml\t<3@x>\n\
             -   c@x.nl\n",
        )
        .unwrap();
        let j = Journal::read(&path).unwrap();
        assert_eq!(j.state("A@x.nl"), Some(State::Sent));
        assert_eq!(j.state("b@x.nl"), Some(State::Uncertain));
        assert_eq!(j.state("c@x.nl"), Some(State::Sent));
        assert_eq!(j.state("d@x.nl"), None);
        assert_eq!(j.state("e@x.nl"), None);
    }

    #[test]
    fn a_refused_resend_leaves_an_earlier_delivery_standing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sent.log");
        // Typed by hand, without a final newline, in Latin-1 (ü is not UTF-8 here).
        std::fs::write(&path, b"- a@x.nl # bevestigd door M\xfcller").unwrap();
        let mut j = Journal::read(&path).unwrap();
        assert_eq!(j.state("a@x.nl"), Some(State::Sent));
        j.intent("a@x.nl", "A.eml", "<1@x>").unwrap();
        j.refused("a@x.nl", "A.eml", "<1@x>").unwrap();
        let j = Journal::read(&path).unwrap();
        assert_eq!(j.state("a@x.nl"), Some(State::Sent));
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        assert!(text.contains("M\u{fffd}ller\n"), "{text}");
    }

    #[test]
    fn a_journal_that_cannot_be_read_is_an_error_not_an_empty_one() {
        let dir = tempfile::tempdir().unwrap();
        assert!(Journal::read(dir.path()).is_err());
        assert!(Journal::read(&dir.path().join("none.log")).is_ok());
    }
}
