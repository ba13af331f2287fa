//! Prints the sizes of the futures one call creates (they are moved around
//! by value, so their size is part of the per-call cost).
fn main() {
    let kaiten = bench::kaiten_client("http://127.0.0.1:9");
    let floor = bench::raw::Floor::new("http://127.0.0.1:9/api");
    let body = kaiten_client::CustomerCreate::named("x");
    let raw_body = bench::raw::CustomerCreate {
        external_customer_id: None,
        name: "x",
    };
    println!(
        "kaiten get:    {}",
        std::mem::size_of_val(&kaiten.customers().get("x"))
    );
    println!(
        "kaiten create: {}",
        std::mem::size_of_val(&kaiten.customers().create(&body))
    );
    println!(
        "generated get: {}",
        std::mem::size_of_val(&kaiten.generated().get_customer("x"))
    );
    println!("floor get:     {}", std::mem::size_of_val(&floor.get("x")));
    println!(
        "floor create:  {}",
        std::mem::size_of_val(&floor.create(&raw_body))
    );
}
