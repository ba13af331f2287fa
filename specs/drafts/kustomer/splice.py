#!/usr/bin/env python3
"""splice.py BASE FRAG... > OUT: append fragments' tags/paths/components to a spec, textually.

A fragment is YAML with any of the top-level keys: tags, paths, schemas, responses,
parameters, headers, examples. Path items already in BASE (or in an earlier fragment)
get the fragment's methods appended. Any name defined twice is an error (stderr, exit 1).
"""
import re, sys, yaml

SECTIONS = {"tags": ("tags", 2), "paths": ("paths", 2)}
COMPONENTS = ["parameters", "headers", "responses", "schemas", "examples"]

def blocks(text):
    """top-level key -> list of body lines (raw)."""
    out, cur = {}, None
    for line in text.splitlines():
        m = re.match(r"^([A-Za-z][\w-]*):\s*$", line)
        if m:
            cur = m.group(1); out[cur] = []; continue
        if re.match(r"^\S", line) and not line.startswith("#"):
            cur = None; continue
        if cur is not None:
            out[cur].append(line)
    return out

def reindent(lines, target):
    body = [l for l in lines if l.strip() and not l.lstrip().startswith("#")]
    if not body: return []
    k = min(len(l) - len(l.lstrip()) for l in body)
    res = []
    for l in lines:
        if not l.strip(): res.append(""); continue
        cur = len(l) - len(l.lstrip())
        res.append(" " * max(0, cur - k + target) + l.lstrip() if cur >= k else " " * target + l.lstrip())
    while res and not res[-1]: res.pop()
    return res

def children(lines, indent):
    """split reindented lines into (key, [lines]) children at indent."""
    out = []
    for l in lines:
        m = re.match(r"^" + " " * indent + r"(['\"]?[^\s#'\"][^:]*?['\"]?):", l)
        if m and (len(l) - len(l.lstrip())) == indent:
            out.append((m.group(1).strip("'\""), [l]))
        elif out:
            out[-1][1].append(l)
    return out

def section_end(lines, start, indent):
    i = start + 1
    while i < len(lines):
        l = lines[i]
        if l.strip() and not l.lstrip().startswith("#") and len(l) - len(l.lstrip()) <= indent:
            return i
        i += 1
    return i

def main():
    base = open(sys.argv[1]).read()
    lines = base.rstrip("\n").split("\n")
    doc = yaml.safe_load(base)
    seen = {c: set((doc.get("components") or {}).get(c, {}) or {}) for c in COMPONENTS}
    seen_tags = {t["name"] for t in doc.get("tags", [])}
    seen_ops = {}
    for p, item in doc.get("paths", {}).items():
        for m in item:
            seen_ops[(p, m)] = sys.argv[1]
    errors = []
    for frag_path in sys.argv[2:]:
        text = open(frag_path).read()
        fdoc = yaml.safe_load(text) or {}
        fb = blocks(text)
        for key in fdoc:
            if key not in ("tags", "paths") + tuple(COMPONENTS):
                errors.append(f"{frag_path}: unknown top-level key {key}")
        # tags
        if "tags" in fb:
            for t in fdoc["tags"]:
                if t["name"] in seen_tags:
                    errors.append(f"{frag_path}: tag {t['name']} defined twice")
                seen_tags.add(t["name"])
            i = next(n for n, l in enumerate(lines) if l == "tags:")
            e = section_end(lines, i, 0)
            lines[e:e] = reindent(fb["tags"], 2)
        # paths
        if "paths" in fb:
            items = children(reindent(fb["paths"], 2), 2)
            for p, plines in items:
                methods = fdoc["paths"][p]
                for m in methods:
                    if (p, m) in seen_ops:
                        errors.append(f"{frag_path}: {m} {p} already in {seen_ops[(p, m)]}")
                    seen_ops[(p, m)] = frag_path
                i = next(n for n, l in enumerate(lines) if l == "paths:")
                e = section_end(lines, i, 0)
                # existing path item?
                pi = None
                for n in range(i + 1, e):
                    if re.match(r"^  ['\"]?" + re.escape(p) + r"['\"]?:\s*$", lines[n]):
                        pi = n; break
                if pi is None:
                    lines[e:e] = plines
                else:
                    pe = section_end(lines, pi, 2)
                    lines[pe:pe] = [l for l in plines[1:] if not re.match(r"^    parameters:", l)] if False else plines[1:]
        # components
        for c in COMPONENTS:
            if c not in fb: continue
            for name in fdoc[c] or {}:
                if name in seen[c]:
                    errors.append(f"{frag_path}: components.{c}.{name} defined twice")
                seen[c].add(name)
            ci = next(n for n, l in enumerate(lines) if l == "components:")
            ce = section_end(lines, ci, 0)
            si = next((n for n in range(ci + 1, ce) if lines[n] == f"  {c}:"), None)
            body = reindent(fb[c], 4)
            if si is None:
                lines[ce:ce] = [f"  {c}:"] + body
            else:
                se = section_end(lines, si, 2)
                lines[se:se] = body
    out = "\n".join(lines) + "\n"
    merged = yaml.safe_load(out)
    n_ops = sum(len([m for m in v if m in ("get","put","post","patch","delete","head","options")]) for v in merged["paths"].values())
    want = len([k for k in seen_ops if k[1] in ("get","put","post","patch","delete","head","options")])
    if n_ops != want:
        errors.append(f"merged document has {n_ops} operations, expected {want} (a fragment's indentation is off?)")
    if errors:
        for e in errors: print("splice: " + e, file=sys.stderr)
        sys.exit(1)
    sys.stdout.write(out)
    print(f"splice: {n_ops} operations", file=sys.stderr)

main()
