# Pipesim's words shared across the interface and the CLI (English, the source language).
# Translators: keep every message id; change only the text after "=". Arguments in { $braces }
# are filled in by the program: numbers and money arrive already written for the language
# ($count), while $n is the bare number, for plural selection only.

# The language's own name, in the language switch.
lang-name = English

# A number of simulated trials: "2,000 trials".
trials-count = { $n ->
    [one] { $count } trial
   *[other] { $count } trials
}

# The header, under the name "Pipesim".
app-tagline = Monte Carlo planning for a B2B sales team
# Shown over the page while a file is dragged over it.
app-drop-hint = Drop a workspace or scenario file to open it
# The label of the header's language switch (read by screen readers).
language-switch-label = Language
# The landmarks of the page, read by screen readers: the model on the side, the results beside it.
app-side-label = Model
app-main-label = Results
# The browser tab's title.
app-title = Pipesim — sales planning simulator
# The header's theme switch: its label (read by screen readers) and its three choices.
theme-switch-label = Colour theme
theme-system = System theme
theme-light = Light theme
theme-dark = Dark theme
# The header's button that opens the browser's print dialog over a one-page report.
print-button = Print or save as PDF
