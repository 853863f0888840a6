//! `verslag new DATE NAME`: a new event folder to fill in (see `new.rs` in the library).

use crate::cli::NewArgs;
use crate::console;
use crate::diagnostics::Outcome;

pub fn run(a: &NewArgs) -> Outcome {
    let created = crate::new::create(&a.date, &a.name, a.language, &a.events.dir)?;
    let folder = created.folder;
    console::result(folder.join("event.toml").display());
    if let Some(contacts) = &created.contacts {
        console::result(contacts.display());
    }
    console::next(crate::msg!(
        "next-new",
        photos = folder.join("photos").display().to_string(),
        folder = folder.display().to_string()
    ));
    Ok(())
}
