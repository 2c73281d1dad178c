//! Files in and out of the browser: downloads of text and PNG, reading a picked or dropped
//! file, and the clipboard. Sizes are checked before reading; failures come back as messages.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::model::MAX_FILE_BYTES;

fn document() -> Result<web_sys::Document, String> {
    web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| "the page has no document".to_string())
}

/// Offers `href` as a download named `file_name`.
fn download_href(href: &str, file_name: &str) -> Result<(), String> {
    let anchor: web_sys::HtmlAnchorElement = document()?
        .create_element("a")
        .map_err(|_| "the browser refused to make a download link".to_string())?
        .unchecked_into();
    anchor.set_href(href);
    anchor.set_download(file_name);
    anchor.click();
    Ok(())
}

/// Offers `text` as a download named `file_name` with this MIME type.
pub fn download_text(file_name: &str, mime: &str, text: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| format!("the browser could not prepare {file_name}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| format!("the browser could not prepare {file_name}"))?;
    let result = download_href(&url, file_name);
    // The click has handed the blob to the download; the URL can go after this task.
    let revoke = url.clone();
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&revoke);
    })
    .forget();
    result
}

/// Draws an SVG chart onto a canvas at `scale` times its size and offers it as a PNG.
pub async fn download_png(
    file_name: &str,
    svg: &str,
    width: u32,
    height: u32,
    scale: f64,
) -> Result<(), String> {
    let failed = || format!("the browser could not draw {file_name}");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(svg));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| failed())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| failed())?;
    let image = web_sys::HtmlImageElement::new().map_err(|_| failed())?;
    image.set_src(&url);
    let decoded = JsFuture::from(image.decode()).await;
    let _ = web_sys::Url::revoke_object_url(&url);
    decoded.map_err(|_| failed())?;
    let canvas: web_sys::HtmlCanvasElement = document()?
        .create_element("canvas")
        .map_err(|_| failed())?
        .unchecked_into();
    let (w, h) = (
        (width as f64 * scale).round() as u32,
        (height as f64 * scale).round() as u32,
    );
    canvas.set_width(w);
    canvas.set_height(h);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .ok_or_else(failed)?
        .unchecked_into();
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, w as f64, h as f64);
    context
        .draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, w as f64, h as f64)
        .map_err(|_| failed())?;
    let png = canvas
        .to_data_url_with_type("image/png")
        .map_err(|_| failed())?;
    download_href(&png, file_name)
}

/// Reads a picked or dropped file as text, refusing files over the size cap.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    let name = file.name();
    if file.size() > MAX_FILE_BYTES as f64 {
        return Err(format!(
            "{name} is {:.1} MB; the most Pipesim reads is {} MB",
            file.size() / 1_048_576.0,
            MAX_FILE_BYTES / 1_048_576
        ));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| format!("the browser could not read {name}"))?;
    text.as_string()
        .ok_or_else(|| format!("{name} is not a text file"))
}

/// The file a file input's `change` picked, if any; the input is emptied, so that picking the
/// same file again fires `change` again.
pub fn picked(e: &web_sys::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = e.target()?.unchecked_into();
    let file = input.files().and_then(|list| list.get(0));
    input.set_value("");
    file
}

/// The text at `url`, relative to the page or, in a worker, to its script: both scopes have
/// `fetch`.
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let global = js_sys::global();
    let promise = match global.dyn_ref::<web_sys::Window>() {
        Some(window) => window.fetch_with_str(url),
        None => global
            .unchecked_into::<web_sys::WorkerGlobalScope>()
            .fetch_with_str(url),
    };
    let response = JsFuture::from(promise)
        .await
        .map_err(|_| format!("{url} could not be fetched"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("{url} answered {}", response.status()));
    }
    let text = response.text().map_err(|_| "no text")?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| format!("{url} is not text"))
}

/// Puts `text` on the clipboard.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let clipboard = window.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| "the browser did not allow copying".to_string())
}
