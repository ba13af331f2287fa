//! `Client::from_env()`: one test in its own binary, because it changes the
//! process environment.

use kustomer_client::{Client, Error};

fn field_of(r: Result<Client, Error>) -> String {
    match r {
        Err(Error::InvalidInput(e)) => e.field().to_string(),
        other => panic!("expected an input error, got {other:?}"),
    }
}

#[test]
fn from_env_reads_key_and_org_or_base_url() {
    // SAFETY: this binary has a single test, so no other thread reads the
    // environment while it changes.
    unsafe {
        std::env::remove_var("KUSTOMER_API_KEY");
        std::env::remove_var("KUSTOMER_ORG");
        std::env::remove_var("KUSTOMER_BASE_URL");
    }
    assert_eq!(field_of(Client::from_env()), "KUSTOMER_API_KEY");
    unsafe { std::env::set_var("KUSTOMER_API_KEY", "eyJ.key") };
    assert_eq!(field_of(Client::from_env()), "KUSTOMER_ORG");
    unsafe { std::env::set_var("KUSTOMER_ORG", "not an org") };
    assert_eq!(field_of(Client::from_env()), "KUSTOMER_ORG");
    unsafe { std::env::set_var("KUSTOMER_ORG", "acme") };
    assert_eq!(
        Client::from_env().unwrap().base_url(),
        "https://acme.api.kustomerapp.com/v1"
    );
    unsafe { std::env::set_var("KUSTOMER_BASE_URL", "https://api.prod2.kustomerapp.com") };
    assert_eq!(
        Client::from_env().unwrap().base_url(),
        "https://api.prod2.kustomerapp.com/v1"
    );
    unsafe { std::env::set_var("KUSTOMER_BASE_URL", "ftp://x") };
    assert_eq!(field_of(Client::from_env()), "KUSTOMER_BASE_URL");
}
