#!/usr/bin/env python3
"""Writes the seed inputs of every fuzz target into fuzz/seeds/<target>/ from the presets and
the golden links, and the JSON-key dictionary fuzz/json.dict. Run from the repository root:
`python3 fuzz/make_seeds.py`. The committed corpora (fuzz/corpus/) grew from these seeds; see
fuzz/README.md."""
import hashlib
import json
import os
import pathlib

root = pathlib.Path(__file__).resolve().parent.parent
seeds = root / "fuzz" / "seeds"
presets = {p.stem: p.read_text() for p in sorted((root / "presets").glob("*.json"))}
golden = json.loads((root / "tests" / "golden" / "links-v1.json").read_text())


def put(target, text):
    d = seeds / target
    d.mkdir(parents=True, exist_ok=True)
    data = text.encode()
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


def compact(value):
    return json.dumps(value, separators=(",", ":"))


workspaces = [g["workspace"] for g in golden]
scenario_files = list(presets.values()) + [
    json.dumps(s, indent=2) for w in workspaces[:1] for s in w["scenarios"]
]
workspace_files = [json.dumps(w, indent=2) for w in workspaces]
links = [g["link"] for g in golden]

# A short scenario with every distribution form, to reach the engine's samplers cheaply.
short = {
    "schema": 1,
    "horizon_months": 6,
    "ae": {
        "initial": 1,
        "plan": [{"month": 1, "count": 2}],
        "ramp_months": {"pert": [1, 2, 4]},
        "win_rate_multiplier": {"normal": [1, 0.2]},
        "time_to_fill_months": {"uniform": [1, 3]},
    },
    "sdr": {"pace": {"per_quarter": 1.5, "from_month": 0, "to_month": 4}},
    "deals": {"size": {"lognormal": [5000, 50000]}},
    "targets": {"bookings_per_quarter": [100000, 200000]},
}
scenario_files.append(json.dumps(short))
workspace_files.append(
    compact({"schema": 1, "scenarios": [short, {"schema": 1}], "baseline": 1,
             "run": {"trials": 3, "seed": 18446744073709551615}})
)

for text in links:
    put("link", text)
    put("link", "https://pipesim.example/app/#" + text + "&utm=x")
    put("link", "https://pipesim.example/#" + text.replace("w=", "w%3D", 1))
for text in ["w=1.", "#w=2.abc", "#w=0.abc", "w=1.%FF%FE", "not a link"]:
    put("link", text)
for text in scenario_files[:3] + workspace_files[-3:]:
    put("link", compact(json.loads(text)))

for text in scenario_files + workspace_files:
    put("file", text)
for text in ['{"schema": 1, "scenarios": 3}', '{"schema": 2}', "[1, 2]",
             '{"schema": 1, "ae": {"outbound_share": 2, "initial": -1}, "horizon_months": 0}']:
    put("file", text)

for text in scenario_files + workspace_files[-3:]:
    put("import", text)
for text in links[:3]:
    put("import", "\ufeff  https://a.example/#" + text + "\n")

models = [
    {"id": i + 1, "name": w["scenarios"][0].get("name", "x"), "saved_at_ms": 1.7e12 + i,
     "kind": ["saved", "draft"][i % 2], "workspace": w}
    for i, w in enumerate(workspaces[-3:])
]
put("stored", compact({"format": 1, "next_id": 9, "models": models}))
put("stored", compact({"format": 1, "models": models[:1]}))
put("stored", compact({"format": 1, "next_id": 0, "models": []}))
put("stored", compact({"format": 2, "models": []}))
for i, w in enumerate(workspaces[-3:]):
    put("stored", compact({"format": 1, "workspace": w, "selected": i, "model": i or None,
                           "saved_at_ms": 17.5}))

for text in scenario_files + workspace_files[-3:]:
    put("engine", text)
for text in links[-2:]:
    put("engine", text)

# The dictionary: every key of the file forms, the distribution forms and the storage keys.
keys = set()


def walk(v):
    if isinstance(v, dict):
        for k, x in v.items():
            keys.add(k)
            walk(x)
    elif isinstance(v, list):
        for x in v:
            walk(x)


for w in workspaces:
    walk(w)
keys |= {"uniform", "triangular", "pert", "normal", "lognormal", "fixed", "format", "next_id",
         "models", "id", "name", "saved_at_ms", "kind", "workspace", "selected", "model"}
lines = ['"\\"%s\\":"' % k for k in sorted(keys)]
lines += ['"%s"' % t for t in ["\\\"saved\\\"", "\\\"draft\\\"", "null", "true", "false",
                                "w=1.", "#w=", "w%3D", "&", "1e308", "-0", "0.5", "[]", "{}",
                                "9007199254740993", "18446744073709551616"]]
(root / "fuzz" / "json.dict").write_text("\n".join(lines) + "\n")
