//! Drawing on plotters' SVG backend in pixel coordinates, and the finishing of its output.
//!
//! [`render`] runs a drawing on a [`Canvas`] and returns SVG text whose root scales with CSS:
//! a `viewBox`, `width="100%"` and no fixed height. Text goes to plotters as it is:
//! plotters-svg 0.3.7 escapes `<`, `>`, `&`, `"` and `'` in text and attribute values
//! (`SVGBackend::escape_and_push`), so escaping here as well would show `&amp;lt;`. As a second
//! line of defence, [`render`] checks that every `<` of the output opens one of the few elements
//! the charts draw, and returns an empty drawing otherwise.
//!
//! Nothing here measures text: plotters' SVG backend writes text with `text-anchor`, and the
//! charts lay out margins from estimates, so on wasm no DOM is touched and rendering works off
//! the main thread too.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontDesc, FontFamily, FontStyle};

use super::Rgb;
use super::Size;

/// The fonts of every label: the system's sans-serif for Latin text, then fonts with Simplified
/// Chinese (Noto Sans CJK SC on Linux, PingFang SC on Apple systems, Microsoft YaHei on
/// Windows), so that a Chinese label finds its glyphs in a drawing opened outside the page too.
const FONT: &str = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, \
    Noto Sans CJK SC, Source Han Sans SC, PingFang SC, Microsoft YaHei, sans-serif";

/// Plotters writes a text's `font-size` as its size divided by this.
const PLOTTERS_FONT_SCALE: f64 = 1.24;

/// The largest drawing, in pixels either way; larger sizes are scaled down (the `viewBox`
/// keeps the proportions).
const MAX_SIDE: u32 = 8192;

/// The elements the charts draw; anything else in the output means text was not escaped.
const ALLOWED_TAGS: [&str; 7] = [
    "svg", "line", "polyline", "polygon", "rect", "circle", "text",
];

/// How a text is aligned on its point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Align {
    Start,
    Middle,
    End,
}

/// Where a text sits vertically relative to its point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Baseline {
    /// The point is at the top of the text.
    Top,
    /// The point is at the middle of the text.
    Middle,
    /// The point is at the bottom of the text.
    Bottom,
}

/// A drawing surface in pixels of the `viewBox`.
pub(crate) struct Canvas<'a, 'b> {
    area: &'a DrawingArea<SVGBackend<'b>, Shift>,
    /// The width of the drawing.
    pub w: f64,
    /// The height of the drawing.
    pub h: f64,
}

fn color(c: Rgb, alpha: f64) -> RGBAColor {
    RGBAColor(
        c.0,
        c.1,
        c.2,
        if alpha.is_finite() {
            alpha.clamp(0.0, 1.0)
        } else {
            1.0
        },
    )
}

/// Text safe for an XML document: control characters (not allowed in XML 1.0) become spaces,
/// and very long text is cut. Markup characters stay: the backend escapes them.
pub(crate) fn clean_text(text: &str) -> String {
    text.chars()
        .take(200)
        .map(|c| {
            if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

impl Canvas<'_, '_> {
    /// A pixel coordinate, or `None` for a non-finite one; far-off values are clamped so that
    /// they stay in `i32`.
    fn px(&self, x: f64, y: f64) -> Option<(i32, i32)> {
        if !(x.is_finite() && y.is_finite()) {
            return None;
        }
        let lim = 4.0 * self.w.max(self.h) + 100.0;
        Some((
            libm::round(x.clamp(-lim, lim)) as i32,
            libm::round(y.clamp(-lim, lim)) as i32,
        ))
    }

    /// A straight line.
    pub(crate) fn line(
        &self,
        (x0, y0): (f64, f64),
        (x1, y1): (f64, f64),
        c: Rgb,
        alpha: f64,
        width: u32,
    ) {
        if let (Some(a), Some(b)) = (self.px(x0, y0), self.px(x1, y1)) {
            let _ = self.area.draw(&PathElement::new(
                vec![a, b],
                color(c, alpha).stroke_width(width),
            ));
        }
    }

    /// A dashed vertical line from `y0` to `y1`.
    pub(crate) fn dashed_vline(&self, x: f64, y0: f64, y1: f64, c: Rgb, width: u32) {
        let (top, bottom) = (y0.min(y1), y0.max(y1));
        if !(top.is_finite() && bottom.is_finite()) {
            return;
        }
        let mut y = top;
        let mut n = 0;
        while y < bottom && n < 2000 {
            self.line((x, y), (x, (y + 5.0).min(bottom)), c, 1.0, width);
            y += 9.0;
            n += 1;
        }
    }

    /// A line through points; non-finite points are skipped.
    pub(crate) fn polyline(&self, points: &[(f64, f64)], c: Rgb, alpha: f64, width: u32) {
        let pts: Vec<(i32, i32)> = points.iter().filter_map(|&(x, y)| self.px(x, y)).collect();
        if pts.len() >= 2 {
            let _ = self
                .area
                .draw(&PathElement::new(pts, color(c, alpha).stroke_width(width)));
        }
    }

    /// A filled polygon; non-finite points are skipped.
    pub(crate) fn polygon(&self, points: &[(f64, f64)], c: Rgb, alpha: f64) {
        let pts: Vec<(i32, i32)> = points.iter().filter_map(|&(x, y)| self.px(x, y)).collect();
        if pts.len() >= 3 {
            let _ = self.area.draw(&Polygon::new(pts, color(c, alpha).filled()));
        }
    }

    /// A filled rectangle between two corners.
    pub(crate) fn rect(&self, (x0, y0): (f64, f64), (x1, y1): (f64, f64), c: Rgb, alpha: f64) {
        let (left, right) = (x0.min(x1), x0.max(x1));
        let (top, bottom) = (y0.min(y1), y0.max(y1));
        if let (Some(a), Some(b)) = (self.px(left, top), self.px(right, bottom)) {
            if b.0 > a.0 && b.1 > a.1 {
                let _ = self
                    .area
                    .draw(&Rectangle::new([a, b], color(c, alpha).filled()));
            }
        }
    }

    /// A filled circle.
    pub(crate) fn dot(&self, (x, y): (f64, f64), radius: u32, c: Rgb) {
        if let Some(p) = self.px(x, y) {
            let _ = self
                .area
                .draw(&Circle::new(p, radius, color(c, 1.0).filled()));
        }
    }

    /// The outline of a circle, e.g. a ring around a chosen point.
    pub(crate) fn ring(&self, (x, y): (f64, f64), radius: u32, c: Rgb, width: u32) {
        if let Some(p) = self.px(x, y) {
            let _ = self
                .area
                .draw(&Circle::new(p, radius, color(c, 1.0).stroke_width(width)));
        }
    }

    /// Text of `px` pixels at a point. The text is written as given (see the module doc on
    /// escaping).
    pub(crate) fn text(
        &self,
        text: &str,
        (x, y): (f64, f64),
        align: Align,
        baseline: Baseline,
        c: Rgb,
        px: f64,
    ) {
        let Some(p) = self.px(x, y) else { return };
        let text = clean_text(text);
        if text.trim().is_empty() {
            return;
        }
        let h = match align {
            Align::Start => HPos::Left,
            Align::Middle => HPos::Center,
            Align::End => HPos::Right,
        };
        let v = match baseline {
            Baseline::Top => VPos::Top,
            Baseline::Middle => VPos::Center,
            Baseline::Bottom => VPos::Bottom,
        };
        let font = FontDesc::new(
            FontFamily::Name(FONT),
            px * PLOTTERS_FONT_SCALE,
            FontStyle::Normal,
        );
        let style = TextStyle {
            font,
            color: color(c, 1.0).to_backend_color(),
            pos: Pos::new(h, v),
        };
        let _ = self.area.draw(&Text::new(text, p, style));
    }
}

/// The root element that replaces plotters' fixed-size one.
fn root_tag(w: u32, h: u32) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h}\" width=\"100%\" \
         preserveAspectRatio=\"xMidYMid meet\" font-family=\"{FONT}\">"
    )
}

/// An SVG with nothing drawn in it, of the given size.
pub(crate) fn blank(w: u32, h: u32) -> String {
    format!("{}</svg>", root_tag(w, h))
}

/// `text` with XML's five markup characters escaped, for text this module writes itself.
fn escape_xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in clean_text(text).chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// A chart's SVG with `title` as its `<title>` and `description`, if any, as its `<desc>`,
/// escaped here (they may hold a scenario's name); anything that is not a chart's SVG comes
/// back as it was.
pub(crate) fn titled(svg: &str, title: &str, description: &str) -> String {
    let Some(end) = svg.find('>').filter(|_| svg.starts_with("<svg")) else {
        return svg.to_string();
    };
    let mut head = format!("<title>{}</title>", escape_xml(title));
    if !description.trim().is_empty() {
        head.push_str(&format!("<desc>{}</desc>", escape_xml(description)));
    }
    format!("{}{head}{}", &svg[..=end], &svg[end + 1..])
}

/// Whether every `<` in `svg` opens or closes one of the elements the charts draw.
pub(crate) fn only_known_tags(svg: &str) -> bool {
    svg.match_indices('<').all(|(i, _)| {
        let rest = &svg[i + 1..];
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        ALLOWED_TAGS.contains(&name.as_str())
    })
}

/// The size of the `viewBox` drawn for `size`: sizes above 8192 pixels are scaled down.
pub(crate) fn view_size(size: Size) -> (u32, u32) {
    let (mut w, mut h) = (size.width, size.height);
    if w > MAX_SIDE || h > MAX_SIDE {
        let scale = MAX_SIDE as f64 / w.max(h) as f64;
        w = ((w as f64 * scale) as u32).max(1);
        h = ((h as f64 * scale) as u32).max(1);
    }
    (w, h)
}

/// Runs `draw` on a canvas of `size` and returns the SVG text. Sizes below `min` (either
/// way) give an empty drawing; sizes above 8192 pixels are scaled down.
pub(crate) fn render(size: Size, min: (u32, u32), draw: impl FnOnce(&Canvas)) -> String {
    let (w, h) = view_size(size);
    if w < min.0 || h < min.1 {
        return blank(w, h);
    }
    let mut buf = String::new();
    {
        let root = SVGBackend::with_string(&mut buf, (w, h)).into_drawing_area();
        draw(&Canvas {
            area: &root,
            w: w as f64,
            h: h as f64,
        });
        let _ = root.present();
    }
    let body = match buf.find('>') {
        Some(end) if buf.starts_with("<svg") => &buf[end + 1..],
        _ => return blank(w, h),
    };
    let body = body.replace(
        "<polyline ",
        "<polyline stroke-linejoin=\"round\" stroke-linecap=\"round\" ",
    );
    let out = format!("{}{}", root_tag(w, h), body.trim_end());
    if !out.ends_with("</svg>") || !only_known_tags(&out) {
        return blank(w, h);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tag_check_refuses_markup() {
        assert!(only_known_tags(
            "<svg viewBox=\"0 0 1 1\"><text>&lt;img&gt;</text><rect/></svg>"
        ));
        assert!(!only_known_tags(
            "<svg><text><img src=x onerror=alert(1)></text></svg>"
        ));
        assert!(!only_known_tags("<svg><script>alert(1)</script></svg>"));
        assert!(!only_known_tags("<svg><foreignObject/></svg>"));
    }

    #[test]
    fn text_goes_through_the_backend_escaped_once() {
        let svg = render(
            Size {
                width: 100,
                height: 50,
            },
            (1, 1),
            |c| {
                c.text(
                    "<b>&\"'",
                    (10.0, 10.0),
                    Align::Start,
                    Baseline::Top,
                    Rgb(0, 0, 0),
                    12.0,
                );
            },
        );
        assert!(svg.contains("&lt;b&gt;&amp;&quot;&apos;"), "{svg}");
        assert!(!svg.contains("&amp;lt;"));
        assert!(svg.contains("font-size=\"12\""), "{svg}");
    }

    #[test]
    fn chinese_labels_name_a_font_with_their_glyphs() {
        let svg = render(
            Size {
                width: 100,
                height: 50,
            },
            (1, 1),
            |c| {
                c.text(
                    "2027年第1季度",
                    (10.0, 10.0),
                    Align::Start,
                    Baseline::Top,
                    Rgb(0, 0, 0),
                    12.0,
                );
            },
        );
        assert!(svg.contains(">\n2027年第1季度\n</text>"), "{svg}");
        // Both on the root and on the text itself, before the generic family.
        assert_eq!(svg.matches("Noto Sans CJK SC,").count(), 2, "{svg}");
        assert!(FONT.ends_with(", sans-serif"));
    }

    #[test]
    fn titles_are_escaped_and_go_first() {
        let svg = blank(10, 10);
        let titled = titled(&svg, "签约额 <b>", "A = x&y \"q\"");
        assert!(titled.starts_with("<svg xmlns="), "{titled}");
        assert!(
            titled.contains(
                ">\
                <title>签约额 &lt;b&gt;</title><desc>A = x&amp;y &quot;q&quot;</desc></svg>"
            ),
            "{titled}"
        );
        assert!(!titled.contains("<b>"));
        assert!(!super::titled(&svg, "t", " ").contains("<desc>"));
        assert_eq!(super::titled("not svg", "t", ""), "not svg");
    }

    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(clean_text("a\u{0}b\nc"), "a b c");
    }

    #[test]
    fn sizes_are_kept_sane() {
        assert_eq!(
            render(
                Size {
                    width: 0,
                    height: 0
                },
                (1, 1),
                |_| {}
            ),
            blank(0, 0)
        );
        let big = render(
            Size {
                width: u32::MAX,
                height: 10,
            },
            (1, 1),
            |c| c.line((0.0, 0.0), (1e300, f64::NAN), Rgb(0, 0, 0), 1.0, 1),
        );
        assert!(big.starts_with("<svg") && big.ends_with("</svg>"));
    }
}
