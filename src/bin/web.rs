//! The browser entry point: mounts the app on the page (trunk builds this binary).

fn main() {
    pipesim::web::start();
}
