"""Peak resident memory of a child process's work, for the flat-memory live tests.

`ru_maxrss` cannot be used: Linux keeps it across exec, so a child of a big pytest process (torch
loaded) starts with the parent's peak. The child samples its own current RSS instead.
"""

CHILD_PRELUDE = """
import threading, time

def _rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096

class PeakRSS:
    def __enter__(self):
        self.before = self.peak = _rss()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def _sample(self):
        while not self._done.is_set():
            self.peak = max(self.peak, _rss())
            time.sleep(0.005)

    def __exit__(self, *exc):
        self._done.set()
        self._thread.join()
        self.peak = max(self.peak, _rss())
"""
