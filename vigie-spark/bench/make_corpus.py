"""Throughput corpus for the README: the texts of the shared eval sets cycled to N articles.

Usage: python3 make_corpus.py N OUT.jsonl [EVAL_DIR]   (EVAL_DIR defaults to ../shared/eval
from the repository root). Copy k (k >= 1) shifts every year in the text and the publication
date by k years, so copies are distinct articles whose events never share a blocking window;
a text without a year gets an "(Outlet, copy k)" suffix instead. Ids get "~ck". Nothing of
../shared is copied into the project: the corpus is rebuilt from it.
"""
import json, re, sys, datetime
import os
n = int(sys.argv[1]); out = sys.argv[2]
ev = sys.argv[3] if len(sys.argv) > 3 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval")
files = ["acled-sample","gtd-sample","popcorn-fr","petrarch-en","petrarch-ar","plover-gsr-en"]
base = []
for f in files:
    for l in open(os.path.join(ev, f + ".jsonl"), encoding="utf-8"):
        o = json.loads(l)
        if o.get("text"):
            base.append(o)
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
outlets = ["AFP", "Reuters", "RFI", "Al Jazeera", "AP"]
w = open(out, "w", encoding="utf-8")
for i in range(n):
    k, j = divmod(i, len(base))
    o = base[j]
    text = YEAR.sub(lambda m: str(int(m.group(1)) + k), o["text"]) if k else o["text"]
    if k and text == o["text"]:
        text = text + f" ({outlets[k % 5]}, copy {k})"
    pub = o.get("published")
    if pub:
        d = datetime.date.fromisoformat(pub[:10])
        try: d = d.replace(year=d.year + k)
        except ValueError: d = d.replace(year=d.year + k, day=28)
    else:
        d = datetime.date(2020, 1, 1) + datetime.timedelta(days=(j * 3) % 1500 + 400 * k)
    rec = {"id": f"{o['id']}~c{k}", "text": text, "published": d.isoformat(),
           "lang": o.get("lang"), "outlet": outlets[(i + k) % 5]}
    w.write(json.dumps(rec, ensure_ascii=False) + "\n")
w.close()
print(len(base), "eval texts cycled to", n, "articles in", out)
