//! `Client::from_env()`: one test in its own binary, because it changes the
//! process environment.

use kaiten_platform_client::{Client, ENV_AUTH_TOKEN, ENV_BASE_URL, Error};

fn field_of(r: Result<Client, Error>) -> String {
    match r {
        Err(Error::InvalidInput(e)) => e.field().to_string(),
        other => panic!("expected an input error, got {other:?}"),
    }
}

#[test]
fn from_env_names_the_missing_variable() {
    assert_eq!(
        (ENV_BASE_URL, ENV_AUTH_TOKEN),
        ("KAITEN_PLATFORM_BASE_URL", "KAITEN_PLATFORM_TOKEN")
    );
    // SAFETY: this binary has a single test, so no other thread reads the
    // environment while it changes.
    unsafe {
        std::env::remove_var(ENV_BASE_URL);
        std::env::remove_var(ENV_AUTH_TOKEN);
    }
    assert_eq!(field_of(Client::from_env()), ENV_BASE_URL);
    unsafe { std::env::set_var(ENV_BASE_URL, "https://api.kaiten-platform.example/") };
    assert_eq!(field_of(Client::from_env()), ENV_AUTH_TOKEN);
    unsafe { std::env::set_var(ENV_AUTH_TOKEN, "  ") };
    assert_eq!(field_of(Client::from_env()), ENV_AUTH_TOKEN);
    // A token that is not a Platform credential is refused naming the variable.
    unsafe { std::env::set_var(ENV_AUTH_TOKEN, "ksh_core-token") };
    assert_eq!(field_of(Client::from_env()), ENV_AUTH_TOKEN);
    unsafe { std::env::set_var(ENV_BASE_URL, "not a url") };
    unsafe { std::env::set_var(ENV_AUTH_TOKEN, "ksm_t0ken") };
    assert_eq!(field_of(Client::from_env()), ENV_BASE_URL);
    unsafe { std::env::set_var(ENV_BASE_URL, "https://api.kaiten-platform.example/") };
    let c = Client::from_env().expect("client");
    assert_eq!(c.base_url(), "https://api.kaiten-platform.example/api");
}
