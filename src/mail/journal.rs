//! `sent.log`: the send journal that keeps every message from going out twice. Before a
//! message's data goes to the server its intent is written and flushed to disk; after the
//! server accepts it, its acceptance. An intent without acceptance (a run killed, the power
//! gone, a journal that could not be written) means "may have been delivered": it is never
//! sent again unless the organiser names it.

use std::collections::HashMap;
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

pub struct Journal {
    path: PathBuf,
    /// Lower-case address -> its last state.
    states: HashMap<String, State>,
}

const HEADER: &str = "# sent by verslag: time, address, message file, Message-ID. `sending` \
                      before the address: its data went to the server (accepted if a plain \
                      line follows); `not-sent`: the server refused it";

impl Journal {
    /// Reads the journal (none yet: nothing was sent). Lines are `time address ...` for an
    /// accepted message (so a line typed by hand as `- address` counts as sent) and
    /// `time sending address ...` for an intent.
    pub fn read(path: &Path) -> Journal {
        let mut states = HashMap::new();
        let text = std::fs::read_to_string(path).unwrap_or_default();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let fields: Vec<&str> = line.split_whitespace().collect();
            match fields.as_slice() {
                [_, "sending", address, ..] => {
                    states.insert(address.to_lowercase(), State::Uncertain);
                }
                [_, "not-sent", address, ..] => {
                    states.remove(&address.to_lowercase());
                }
                [_, address, ..] => {
                    states.insert(address.to_lowercase(), State::Sent);
                }
                _ => {}
            }
        }
        Journal {
            path: path.to_path_buf(),
            states,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn state(&self, address: &str) -> Option<State> {
        self.states.get(&address.to_lowercase()).copied()
    }

    /// Opens (creating) the journal for appending, to know it can be written before sending.
    pub fn check_writable(&self) -> Result<(), String> {
        self.open().map(|_| ())
    }

    /// Records that a message is about to be handed to the server; on disk before it returns.
    pub fn intent(&mut self, address: &str, file: &str, message_id: &str) -> Result<(), String> {
        self.append(&format!("sending\t{address}\t{file}\t{message_id}"))?;
        self.states.insert(address.to_lowercase(), State::Uncertain);
        Ok(())
    }

    /// Records that the server refused the message after its intent: it was not delivered.
    pub fn refused(&mut self, address: &str, file: &str, message_id: &str) -> Result<(), String> {
        self.append(&format!("not-sent\t{address}\t{file}\t{message_id}"))?;
        self.states.remove(&address.to_lowercase());
        Ok(())
    }

    /// Records that the server accepted the message; on disk before it returns.
    pub fn accepted(&mut self, address: &str, file: &str, message_id: &str) -> Result<(), String> {
        self.append(&format!("{address}\t{file}\t{message_id}"))?;
        self.states.insert(address.to_lowercase(), State::Sent);
        Ok(())
    }

    fn open(&self) -> Result<std::fs::File, String> {
        if let Some(folder) = self.path.parent() {
            std::fs::create_dir_all(folder)
                .map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        }
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)
            .map_err(|e| format!("cannot write the journal {}: {e}", self.path.display()))
    }

    fn append(&self, entry: &str) -> Result<(), String> {
        let new = std::fs::metadata(&self.path).map_or(true, |m| m.len() == 0);
        let mut f = self.open()?;
        let time = jiff::Timestamp::now().strftime("%Y-%m-%dT%H:%M:%SZ");
        let header = if new {
            format!("{HEADER}\n")
        } else {
            String::new()
        };
        f.write_all(format!("{header}{time}\t{entry}\n").as_bytes())
            .and_then(|()| f.sync_all())
            .map_err(|e| format!("cannot write the journal {}: {e}", self.path.display()))
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
        let j = Journal::read(&path);
        assert_eq!(j.state("A@x.nl"), Some(State::Sent));
        assert_eq!(j.state("b@x.nl"), Some(State::Uncertain));
        assert_eq!(j.state("c@x.nl"), Some(State::Sent));
        assert_eq!(j.state("d@x.nl"), None);
        assert_eq!(j.state("e@x.nl"), None);
    }
}
