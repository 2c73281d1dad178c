//! Charts as SVG text: placeholder, written by the charts work.
