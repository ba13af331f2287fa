//! `Client::from_env()`: one test in its own binary, because it changes the
//! process environment.

use kaiten_client::{Client, Error};

fn field_of(r: Result<Client, Error>) -> String {
    match r {
        Err(Error::InvalidInput(e)) => e.field().to_string(),
        other => panic!("expected an input error, got {other:?}"),
    }
}

#[test]
fn from_env_names_the_missing_variable() {
    // SAFETY: this binary has a single test, so no other thread reads the
    // environment while it changes.
    unsafe {
        std::env::remove_var("KAITEN_BASE_URL");
        std::env::remove_var("KAITEN_AUTH_TOKEN");
    }
    assert_eq!(field_of(Client::from_env()), "KAITEN_BASE_URL");
    unsafe { std::env::set_var("KAITEN_BASE_URL", "https://kaiten.example.com") };
    assert_eq!(field_of(Client::from_env()), "KAITEN_AUTH_TOKEN");
    unsafe { std::env::set_var("KAITEN_AUTH_TOKEN", "  ") };
    assert_eq!(field_of(Client::from_env()), "KAITEN_AUTH_TOKEN");
    unsafe { std::env::set_var("KAITEN_AUTH_TOKEN", "whsec_abc") };
    assert_eq!(field_of(Client::from_env()), "KAITEN_AUTH_TOKEN");
    unsafe { std::env::set_var("KAITEN_BASE_URL", "not a url") };
    unsafe { std::env::set_var("KAITEN_AUTH_TOKEN", "ksh_ok") };
    assert_eq!(field_of(Client::from_env()), "KAITEN_BASE_URL");
    unsafe { std::env::set_var("KAITEN_BASE_URL", "https://kaiten.example.com") };
    let c = Client::from_env().unwrap();
    assert_eq!(c.base_url(), "https://kaiten.example.com/api");
}
