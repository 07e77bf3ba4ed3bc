"""Checks for tests/gate/run.sh: one mode a call, exit 0 when all holds,
else the problems on stdout and exit 1.  Uses Debian's python3-jsonschema
for SARIF and cmark-gfm (through a pipe) for Markdown."""
import json
import re
import subprocess
import sys
from html.parser import HTMLParser

problems = []


def need(cond, what):
    if not cond:
        problems.append(what)


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def sarif(schema_path, path, want_uri):
    import jsonschema

    doc = load(path)
    schema = load(schema_path)
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(doc), key=lambda e: list(e.path))
    for e in errors[:10]:
        problems.append("schema: %s at %s" % (e.message[:200], "/".join(map(str, e.path))))
    need(doc.get("$schema") in ("https://json.schemastore.org/sarif-2.1.0.json",
                                "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json"),
         "$schema")
    need(doc.get("version") == "2.1.0", "version")
    run = doc["runs"][0]
    drv = run["tool"]["driver"]
    for k in ("name", "version", "informationUri"):
        need(drv.get(k), "driver." + k)
    rules = drv.get("rules", [])
    ids = [r["id"] for r in rules]
    catalogue = json.loads(subprocess.run([CLAIMCHECK, "rules", "--format", "json"],
                                          capture_output=True, text=True).stdout)
    need(ids == [r["id"] for r in catalogue], "driver.rules is not the whole catalogue, in order")
    for r in rules:
        for k in ("shortDescription", "fullDescription", "help"):
            need(r.get(k, {}).get("text"), "rule %s: %s.text" % (r["id"], k))
        need(r.get("defaultConfiguration", {}).get("level") in ("error", "warning", "note"),
             "rule %s: defaultConfiguration.level" % r["id"])
    need(run["invocations"][0].get("executionSuccessful") is True, "invocations[0].executionSuccessful")
    for i, res in enumerate(run.get("results", [])):
        where = "result %d (%s)" % (i, res.get("ruleId"))
        need(res.get("ruleId") in ids, where + ": ruleId")
        need(isinstance(res.get("ruleIndex"), int) and ids[res["ruleIndex"]] == res["ruleId"], where + ": ruleIndex")
        need(res.get("level") in ("error", "warning", "note"), where + ": level")
        need(res.get("message", {}).get("text"), where + ": message.text")
        pl = res["locations"][0]["physicalLocation"]
        uri = pl["artifactLocation"]["uri"]
        need("\\" not in uri and not uri.startswith("/"), where + ": uri not relative with /: " + uri)
        if want_uri and res["ruleId"] != "stale-baseline":
            need(uri == want_uri, where + ": uri %s, expected %s" % (uri, want_uri))
            need(pl["artifactLocation"].get("uriBaseId") == "%SRCROOT%", where + ": uriBaseId")
        need(isinstance(pl["region"].get("startLine"), int) and pl["region"]["startLine"] >= 1, where + ": startLine")
        fp = res.get("partialFingerprints", {}).get("primaryLocationLineHash", "")
        need(re.fullmatch(r"[0-9a-f]{16}", fp), where + ": primaryLocationLineHash")
    prints = [r["partialFingerprints"]["primaryLocationLineHash"] for r in run.get("results", [])]
    need(len(prints) == len(set(prints)), "fingerprints are not unique")


def prints_of(path):
    run = load(path)["runs"][0]
    return {(r["ruleId"], r["properties"].get("claim"), r["partialFingerprints"]["primaryLocationLineHash"])
            for r in run["results"] if r["properties"].get("claim") != "g-00"}, \
        {r["properties"].get("claim"): r["locations"][0]["physicalLocation"]["region"]["startLine"]
         for r in run["results"]}


def same_prints(a, b):
    pa, la = prints_of(a)
    pb, lb = prints_of(b)
    need(pa and pa == pb, "fingerprints changed: %s" % sorted(pa ^ pb))
    need(la.get("g-01") is not None and lb.get("g-01") == la["g-01"] + 1, "the lines did not move: %s %s" % (la, lb))


def uri(path, want, base):
    for r in load(path)["runs"][0]["results"]:
        al = r["locations"][0]["physicalLocation"]["artifactLocation"]
        need(al["uri"] == want, "uri %s, expected %s" % (al["uri"], want))
        need(al.get("uriBaseId", "") == base, "uriBaseId %s" % al.get("uriBaseId"))


def suppressed(path, rule, kind, reason):
    found = [r for r in load(path)["runs"][0]["results"] if r["ruleId"] == rule and r.get("suppressions")]
    need(found, "no suppressed %s result" % rule)
    for r in found:
        s = r["suppressions"][0]
        need(s["kind"] == kind, "kind %s, expected %s" % (s["kind"], kind))
        need(s.get("justification") == reason, "justification %r" % s.get("justification"))


CMD = re.compile(r"^::(error|warning|notice) file=([^,:]*),line=(\d+)(,col=(\d+))?,title=([^,:]*)::(.*)$")


def github(path):
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    need(lines[-1] == "", "no final newline")
    kinds = []
    for ln in lines[:-1]:
        need("\r" not in ln, "a CR in a line")
        m = CMD.match(ln)
        need(m, "not an annotation: " + ln)
        if not m:
            continue
        kinds.append(m.group(1))
        msg = m.group(7)
        # every % in the message starts one of the toolkit's escapes
        need(not re.search(r"%(?!25|0D|0A)", msg), "unescaped %: " + msg)
        for prop in (m.group(2), m.group(6)):
            need(not re.search(r"%(?!25|0D|0A|3A|2C)", prop), "unescaped % in a property: " + prop)
        need(m.group(6).startswith("claimcheck%3A "), "title: " + m.group(6))
    order = {"error": 0, "warning": 1, "notice": 2}
    need([order[k] for k in kinds] == sorted(order[k] for k in kinds), "not errors, then warnings, then notices")


def many():
    print("id,quote,before,after,change,comparator,conditions,source,source_url,source_kind,date")
    for i in range(12):
        print("e-%02d,Speed went from 30%% to 90%%: 提升了5倍.,30%%,90%%,提升了5倍,previous release,8 nodes,"
              "Lab,https://example.org,independent,2025-06-10" % i)
    for i in range(12):
        print("w-%02d,Throughput rose up to 20%% over the industry.,,,up to 20%%,industry,8 nodes,Lab,"
              "https://example.org,independent,2025-06-10" % i)


def github_cut(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    count = {k: sum(1 for ln in lines if ln.startswith("::%s " % k) or ln.startswith("::%s::" % k))
             for k in ("error", "warning", "notice")}
    need(count["error"] == 10, "errors shown: %d" % count["error"])
    need(count["warning"] == 10, "warnings shown: %d" % count["warning"])
    need(count["notice"] <= 10, "notices shown: %d" % count["notice"])
    need(lines and re.match(r"^::notice::claimcheck: 2 more errors, \d+ more warnings.* not shown as annotations; "
                            r"run claimcheck check for all$", lines[-1]), "closing notice: " + (lines[-1] if lines else ""))


class Cells(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tables, self.tags, self.cell = [], [], None

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.cell = ""
        elif tag == "br" and self.cell is not None:
            self.cell += "\n"

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.tables[-1][-1].append(self.cell)
            self.cell = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data


def md(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    html = subprocess.run(["cmark-gfm", "--unsafe", "--extension", "table"], input=text, capture_output=True,
                          text=True, check=True).stdout
    p = Cells()
    p.feed(html)
    allowed = {"h3", "p", "strong", "code", "table", "thead", "tbody", "tr", "th", "td", "br", "details", "summary"}
    need(set(p.tags) <= allowed, "unexpected HTML: %s" % (set(p.tags) - allowed))
    need(len(p.tables) == 2, "tables: %d" % len(p.tables))
    if len(p.tables) != 2:
        return
    main, supp = p.tables
    need(main[0] == ["Severity", "Location", "Claim", "Rule", "Message"], "header %s" % main[0])
    rows = main[1:]
    need([r[0] for r in rows] == ["error", "warning", "info", "info"], "severities %s" % [r[0] for r in rows])
    need(all(len(r) == 5 for r in rows), "a row does not have 5 cells")
    need(rows[0][1] == "claims/gate.csv:2" and rows[0][2] == "g-01" and rows[0][3] == "ratio-mismatch",
         "first row %s" % rows[0])
    need(rows[1][2] == "g:03,x", "claim cell %r" % rows[1][2])
    need("industry | <script>alert(1)</script> & `x` *y* $z$\n::error file=evil.csv" in rows[1][4],
         "message cell %r" % rows[1][4])
    need(len(supp) == 2 and supp[1][3] == "up-to", "suppressed table %s" % supp)
    need("<details><summary>1 suppressed finding</summary>" in text, "details block")


def claimreview(path):
    doc = load(path)
    need(isinstance(doc, list) and len(doc) == 4, "expected 4 reviews (statuses other than unchecked)")
    ratings = {}
    for r in doc:
        need(r.get("@context") == "https://schema.org" and r.get("@type") == "ClaimReview", "@context/@type")
        cr = r.get("claimReviewed", "")
        need(cr and len(cr) <= 200, "claimReviewed length %d" % len(cr))
        rr = r.get("reviewRating", {})
        need(rr.get("@type") == "Rating" and rr.get("bestRating") == 5 and rr.get("worstRating") == 1, "rating scale")
        ratings[rr.get("alternateName")] = rr.get("ratingValue")
        it = r.get("itemReviewed", {})
        need(it.get("@type") == "Claim", "itemReviewed.@type")
        need(it.get("author", {}).get("name"), "itemReviewed.author.name")
        need(it.get("datePublished") == "2025-06-10", "itemReviewed.datePublished")
        ap = it.get("appearance", {})
        need(ap.get("url") == "https://example.org/articles/gate" and ap.get("headline"), "appearance")
        need(r.get("author") == {"@type": "Organization", "name": "Example Fact Desk", "url": "https://example.org/desk"},
             "author %s" % r.get("author"))
        need(r.get("datePublished") == "2025-06-11", "datePublished %s (SOURCE_DATE_EPOCH)" % r.get("datePublished"))
        need(r.get("url", "").startswith("https://example.org/articles/gate#claim-"), "url")
    need(ratings == {"False": 1, "Misleading": 2, "Supported": 5, "Unsupported": 3}, "ratings %s" % ratings)
    longq = [r["claimReviewed"] for r in doc if r["claimReviewed"].startswith("The library")]
    need(longq and len(longq[0]) == 200 and longq[0].endswith("\u2026"), "long quote not cut to 200 with …")
    need(any(r["url"].endswith("#claim-g%3A03%2Cx") for r in doc), "url fragment of g:03,x")


CLAIMCHECK = None

if __name__ == "__main__":
    import os

    CLAIMCHECK = os.environ.get("CLAIMCHECK", "build/claimcheck")
    mode, args = sys.argv[1], sys.argv[2:]
    {"sarif": sarif, "same-prints": same_prints, "uri": uri, "suppressed": suppressed, "github": github,
     "many": many, "github-cut": github_cut, "md": md, "claimreview": claimreview}[mode](*args)
    if problems:
        print("\n".join(problems[:30]))
        sys.exit(1)
