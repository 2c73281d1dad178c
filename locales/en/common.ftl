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
