//! The page's colour theme: the system's (`prefers-color-scheme`), or light or dark as the
//! reader chose on the theme switch, remembered in this browser (local storage).
//!
//! A choice is an attribute on `<html>`, `data-theme="light"` or `"dark"` (none for the
//! system's), and nothing else: the stylesheet sets `color-scheme` from it, and every colour of
//! the page and of its charts is a `light-dark()` pair (`styles/app.css`; the charts' in
//! `crate::charts::DARK_VARIANTS`), so a switch re-renders the switch alone and redraws no
//! chart. Without a choice the stylesheet follows the system from the first paint, before the
//! wasm has loaded. A remembered choice is applied as the app mounts, before the page's first
//! paint with content; only a choice against the system's shows the empty page in the system's
//! colours while the wasm loads, as the Content-Security-Policy allows no inline script that
//! could apply it sooner.

use yew::prelude::*;

/// Where the choice is remembered.
const THEME_KEY: &str = "pipesim.theme";

/// The attribute of `<html>` the stylesheet reads.
const THEME_ATTRIBUTE: &str = "data-theme";

/// A reader's choice of colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    /// Light or dark as the system is (`prefers-color-scheme`).
    #[default]
    System,
    /// Light, whatever the system.
    Light,
    /// Dark, whatever the system.
    Dark,
}

impl Theme {
    /// Every choice, in the switch's order.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The value stored, and the attribute's value (`system` sets none).
    pub fn key(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The choice of a stored value.
    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == key)
    }

    /// The message naming the choice on the switch.
    pub fn message_id(self) -> &'static str {
        match self {
            Theme::System => "theme-system",
            Theme::Light => "theme-light",
            Theme::Dark => "theme-dark",
        }
    }
}

fn remembered() -> Option<Theme> {
    let storage = web_sys::window()?.local_storage().ok()??;
    Theme::from_key(&storage.get_item(THEME_KEY).ok()??)
}

fn remember(theme: Theme) {
    if let Some(Ok(Some(storage))) = web_sys::window().map(|w| w.local_storage()) {
        // A browser refusing storage (private mode, quota) only forgets the choice.
        let _ = match theme {
            Theme::System => storage.remove_item(THEME_KEY),
            _ => storage.set_item(THEME_KEY, theme.key()),
        };
    }
}

/// Puts the choice on `<html>`, where the stylesheet reads it.
fn apply(theme: Theme) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Theme::System => root.remove_attribute(THEME_ATTRIBUTE),
        _ => root.set_attribute(THEME_ATTRIBUTE, theme.key()),
    };
}

/// The theme the page starts in: the remembered choice, else the system's. The system's where
/// there is no browser (the components' native tests render the page on the server side).
fn initial_theme() -> Theme {
    if !cfg!(target_arch = "wasm32") {
        return Theme::System;
    }
    remembered().unwrap_or_default()
}

/// The reader's theme and a callback that switches it (remembered, and applied to the page).
#[hook]
pub fn use_theme() -> (Theme, Callback<Theme>) {
    let theme = use_state(initial_theme);
    use_effect_with(*theme, |theme| apply(*theme));
    let switch = {
        let theme = theme.clone();
        Callback::from(move |next: Theme| {
            remember(next);
            theme.set(next);
        })
    };
    (*theme, switch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choices_round_trip_through_their_keys() {
        for t in Theme::ALL {
            assert_eq!(Theme::from_key(t.key()), Some(t));
        }
        assert_eq!(Theme::from_key("sepia"), None);
        assert_eq!(initial_theme(), Theme::System);
    }
}
