//! Fuzz target: any bytes as a photo, through the header probe `check` uses and, when that
//! accepts it, decoding, orientation, colour conversion, resizing and encoding. Must never
//! panic; every failure must be an `Err` with a message.
#![no_main]

use libfuzzer_sys::fuzz_target;
use verslag::photos::{self, Placement};

fuzz_target!(|data: &[u8]| {
    let Ok((w, h)) = photos::upright_size_of(data) else {
        return;
    };
    if w.min(h) < photos::MIN_SIDE {
        return;
    }
    // A small placement keeps each run fast; the cover path crops, a row photo does not.
    for crop in [false, true] {
        let place = Placement {
            index: 0,
            width_mm: 30.0,
            height_mm: 20.0,
            crop,
        };
        if let Err(message) = photos::prepare_bytes(data.to_vec(), &place, None) {
            assert!(!message.to_string().is_empty());
        }
    }
});
