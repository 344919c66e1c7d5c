#!/usr/bin/env python3
"""Hot methods of a JFR recording, from its execution samples.

usage: hot-methods.py RECORDING.jfr [TOP] [THREAD_PREFIX] [FRAME]

Prints, over the samples of threads whose name starts with THREAD_PREFIX (default: all) and,
when FRAME is given, whose stack has a method whose name contains FRAME:
self time (method on top of the stack), the first org.vigie frame from the top (which Vigie code
the time is spent under) and total time (method anywhere in the stack).
"""
import collections
import re
import subprocess
import sys

rec = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
prefix = sys.argv[3] if len(sys.argv) > 3 else ""
only = sys.argv[4] if len(sys.argv) > 4 else ""
text = subprocess.run(
    ["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", rec],
    capture_output=True, text=True, check=True).stdout

frame = re.compile(r"^\s+([\w$.<>/]+)\(.*\)\s+line:")
self_c, vigie_c, total_c = collections.Counter(), collections.Counter(), collections.Counter()
n = 0
for event in text.split("jdk.ExecutionSample {")[1:]:
    m = re.search(r'sampledThread = "([^"]*)"', event)
    if prefix and (not m or not m.group(1).startswith(prefix)):
        continue
    frames = [f.group(1) for f in map(frame.match, event.splitlines()) if f]
    if not frames or (only and not any(only in f for f in frames)):
        continue
    n += 1
    self_c[frames[0]] += 1
    first_vigie = next((f for f in frames if f.startswith("org.vigie.")), "(no org.vigie frame)")
    vigie_c[first_vigie] += 1
    for f in set(frames):
        total_c[f] += 1

def show(title, c):
    print(f"\n{title}")
    for name, k in c.most_common(top):
        print(f"  {100.0 * k / n:5.1f}%  {k:6d}  {name}")

print(f"{n} samples" + (f" on threads {prefix}*" if prefix else ""))
show("self (top frame):", self_c)
show("first org.vigie frame from the top:", vigie_c)
show("total (anywhere in the stack):", total_c)
