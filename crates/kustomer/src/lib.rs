//! Kustomer
