#!/usr/bin/env python3
"""The studio's live report: from saving a text edit of the example's event.toml to the
updated first page served (the live stream's news, the new view and page 1's SVG).
`bench/studio.py BIN [edits]`; target: p95 under 0.5 s on 2 cores. Run by bench/bench.sh."""
import os, shutil, socket, subprocess, sys, tempfile, time

binary, edits = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20
example = "events/2022/2022-11-01-praktijktafel-amersfoort"
work = tempfile.mkdtemp()
event = os.path.join(work, "events", example[7:])
shutil.copytree(example, event)
toml = os.path.join(event, "event.toml")
record = open(toml, encoding="utf-8").read()
studio = subprocess.Popen([binary, "-q", "studio", "--no-open", "--events", os.path.join(work, "events")],
                          stdout=subprocess.PIPE, text=True)
try:
    url = next(w for w in studio.stdout.readline().split() if w.startswith("http://"))
    port, token = url[len("http://127.0.0.1:"):].split("/?t=")
    cookie = f"verslag_studio_{port}={token}"
    base = "/e/" + example[len("events/"):]

    def get(path):
        s = socket.create_connection(("127.0.0.1", int(port)))
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookie}\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(1 << 20):
            data += chunk
        s.close()
        return data

    get(base + "/")  # starts the event's worker
    live = socket.create_connection(("127.0.0.1", int(port)))
    live.sendall(f"GET {base}/live HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nCookie: {cookie}\r\n\r\n".encode())
    stream = live.makefile("rb")

    def news():
        while True:
            line = stream.readline()
            if not line:
                raise SystemExit("studio: the live stream ended")
            if line.startswith(b"data: "):
                return int(line[6:])

    generation = news()
    while generation == 0:
        generation = news()
    times = []
    for i in range(edits):
        started = time.monotonic()
        with open(toml, "w", encoding="utf-8") as f:
            f.write(record.replace('title = "', f'title = "Bewerking {i}: ', 1))
        generation = news()
        get(base + "/view")
        assert get(f"{base}/page/1.svg?g={generation}").startswith(b"HTTP/1.1 200")
        times.append(time.monotonic() - started)
        time.sleep(0.3)
    times.sort()
    p50, p95 = times[len(times) // 2], times[min(len(times) - 1, int(len(times) * 0.95))]
    print(f"studio: edit to updated first page, {edits} edits: p50 {p50:.3f} s, p95 {p95:.3f} s "
          f"(target p95 < 0.5 s){'' if p95 < 0.5 else '  MISSED'}")
finally:
    studio.kill()
    shutil.rmtree(work, ignore_errors=True)
