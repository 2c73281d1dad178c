//! The web worker that runs batches of trials for the browser app (trunk builds it from
//! `index.html` as `data-type="worker"`). Its logic lives in `pipesim::web::worker`.

fn main() {
    pipesim::web::crash::install_in_worker();
    pipesim::web::worker::start();
}
