//! verslag: turns TOML records of events into branded PDF reports.

fn main() {
    // The language first, so that even a mistake in the arguments is told in it.
    if let Err(e) = verslag::catalog::set_from_process() {
        eprintln!("error: {e}");
        std::process::exit(2);
    }
    let cli = verslag::cli::parse();
    verslag::fsx::handle_interrupts();
    let code = verslag::run(cli);
    verslag::cli::start::ending(code);
    std::process::exit(code);
}
