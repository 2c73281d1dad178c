# The page's own controls: the scenario tabs, the share bar, saved models and notices.

## The scenario tabs
scenarios-heading = Scenarios
# The badge on the tab of the scenario others are compared with.
scenarios-baseline-badge = baseline
scenarios-add = + Add
scenarios-add-label = Add a scenario
scenarios-name = Name
scenarios-name-label = Scenario name
scenarios-duplicate = Duplicate
scenarios-move-left = Move left
scenarios-move-right = Move right
scenarios-make-baseline = Make baseline
scenarios-delete = Delete

## The share bar in the header
share-copy-link = Copy link
share-link-copied = ✓ Link copied
share-download-json = Download JSON
share-open-file = Open file…
share-open-file-label = Open a workspace or scenario file
share-copy-blocked = The browser blocked copying. Select the link and copy it:
# $reason: what the browser said.
share-download-failed = The download failed: { $reason }.

## Saved models, in the side panel
# $count: how many models are saved.
library-heading = Saved models ({ $count })
library-saved-as = Saved as “{ $name }”
library-unsaved-changes = Unsaved changes to “{ $name }”
library-not-saved = Not saved yet (autosaved in this browser)
library-save-name-label = Name to save as
library-save = Save
library-drafts-heading = Drafts set aside
library-drafts-help = Work that was open when something else was opened over it.
library-new-name = New name
# A saved model's line: when it was saved (UTC), and its scenarios ($n for the plural).
library-model-line = { $saved } · { $n ->
    [one] { $count } scenario
   *[other] { $count } scenarios
}
library-open = Open
library-rename = Rename
library-duplicate = Duplicate
library-delete = Delete
library-delete-for-good = Delete for good
library-keep = Keep

## Messages
notice-dismiss = Dismiss this message

## A new version, at the foot of the screen (the app is kept for offline use)
update-ready = A new version of Pipesim is ready.
update-note = Reloading keeps your work: it is saved in this browser.
update-reload = Reload
update-later = Later
