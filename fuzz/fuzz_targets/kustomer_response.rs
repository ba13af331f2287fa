//! Kustomer 2xx responses: `Customer`, `CustomerResponse` and `CustomerList`
//! decoded from any bytes. Whatever decodes must serialize and decode again
//! to the same JSON.
#![no_main]

use kustomer_client::types::{Customer, CustomerList, CustomerResponse};
use libfuzzer_sys::fuzz_target;
use serde::{Serialize, de::DeserializeOwned};

fn round_trip<T: Serialize + DeserializeOwned>(data: &[u8]) {
    if let Ok(v) = serde_json::from_slice::<T>(data) {
        let once = serde_json::to_value(&v).expect("a decoded value serializes");
        let again: T =
            serde_json::from_value(once.clone()).expect("what was decoded decodes again");
        assert_eq!(serde_json::to_value(&again).expect("serializes"), once);
    }
}

fuzz_target!(|data: &[u8]| {
    round_trip::<Customer>(data);
    round_trip::<CustomerResponse>(data);
    round_trip::<CustomerList>(data);
});
