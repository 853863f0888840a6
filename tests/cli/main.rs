//! The integration tests: one binary that drives the real `verslag` binary, one module per
//! command or concern (linked once, so the suite builds and starts faster than nine binaries).

mod common;

mod archive;
pub mod authoring;
pub mod browser;
mod build;
mod check;
mod corpus;
mod fonts;
mod interrupt;
mod language;
mod layering;
mod layout;
mod mail;
mod mail_truth;
mod photos;
mod printed;
pub mod publish;
mod publish_forms;
mod review;
mod review_mail;
pub mod studio;
pub mod studio_form;
mod studio_full;
mod studio_mail;
mod studio_photos;
mod studio_problems;
mod studio_publish;
mod studio_round;
mod studio_settings;
mod studio_start;
mod studio_year;
mod watch;
mod web;
mod year;
mod yearbook;
