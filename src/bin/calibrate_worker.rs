//! The web worker that reads and fits a CRM export for the browser app (trunk builds it from
//! `index.html` as `data-type="worker"`). Its logic lives in `pipesim::web::calibrate_worker`.

fn main() {
    pipesim::web::crash::install_in_worker();
    pipesim::web::calibrate_worker::start();
}
