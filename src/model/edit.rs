//! Editing a scenario field by field: placeholder, written by the editor work.
