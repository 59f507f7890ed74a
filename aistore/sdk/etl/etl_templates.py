"""Kubernetes pod specs of the public AIStore transformers (1.9.2's ``etl_templates``).

Each constant is a pod spec with `str.format` placeholders, used as
``Etl.init_spec(template=HELLO_WORLD.format(communication_type="hpull", arg_type=""))``.
Every spec takes `communication_type` ("hpull", "hpush", "hrev"); others are named per spec.
The specs are built by one function so they differ only where the transformers do.
"""

from __future__ import annotations

from collections.abc import Sequence

_GUNICORN = ("gunicorn", "main:app", "--workers", "20", "--worker-class",
             "uvicorn.workers.UvicornWorker", "--bind", "0.0.0.0:8000")  # fmt: skip
_PY_SERVER = ("/code/server.py", "--listen", "0.0.0.0", "--port", "80")
_GO_ECHO = ("./echo", "-l", "0.0.0.0", "-p", "80")


def _pod(
    name: str,
    image: str,
    port: int,
    command: Sequence[str],
    env: Sequence[tuple[str, str]] = (),
    *,
    wait_timeout: str = "5m",
    host_dir: str | None = "/tmp/",
) -> str:
    """The YAML text of a one-container pod serving the transformer on port `port`."""
    quoted = ", ".join(f'"{part}"' for part in command)
    lines = [
        "apiVersion: v1",
        "kind: Pod",
        "metadata:",
        f"  name: {name}",
        "  annotations:",
        '    communication_type: "{communication_type}://"',
        f"    wait_timeout: {wait_timeout}",
        "spec:",
        "  containers:",
        "    - name: server",
        f"      image: aistorage/{image}:latest",
        "      imagePullPolicy: Always",
        "      ports:",
        "        - name: default",
        f"          containerPort: {port}",
        f"      command: [{quoted}]",
    ]
    if env:
        lines.append("      env:")
        for var, value in env:
            lines += [f"        - name: {var}", f'          value: "{value}"']
    lines += [
        "      readinessProbe:",
        "        httpGet:",
        "          path: /health",
        "          port: default",
    ]
    if host_dir is not None:
        lines += [
            "      volumeMounts:",
            "        - name: ais",
            f"          mountPath: {host_dir}",
            "  volumes:",
            "    - name: ais",
            "      hostPath:",
            f"        path: {host_dir}",
            "        type: Directory",
        ]
    return "\n" + "\n".join(lines) + "\n"


MD5 = _pod("transformer-md5", "transformer_md5", 80, _PY_SERVER, host_dir=None)
"""Answers the MD5 sum of the object."""

HELLO_WORLD = _pod(
    "transformer-hello-world", "transformer_hello_world", 8000, _GUNICORN,
    [("ARG_TYPE", "{arg_type}")],
)  # fmt: skip
"""Answers "Hello World!"; placeholders: communication_type, arg_type."""

GO_HELLO_WORLD = _pod("hello-world-go-transformer", "transformer_hello_world_go", 80, _GO_ECHO)
"""Answers "Hello World!" (Go)."""

GO_ECHO = _pod("echo-go", "transformer_echo_go", 80, _GO_ECHO)
"""Answers the object unchanged (Go)."""

ECHO = _pod("transformer-echo", "transformer_echo", 8000, _GUNICORN)
"""Answers the object unchanged."""

TAR2TF = _pod(
    "tar2tf", "transformer_tar2tf", 80, ("./tar2tf", "-l", "0.0.0.0", "-p", "80", "{arg}", "{val}"),
    host_dir=None,
)  # fmt: skip
"""Converts tar shards to TFRecord; placeholders: communication_type, arg, val."""

COMPRESS = _pod(
    "transformer-compress", "transformer_compress", 80, _PY_SERVER,
    [("COMPRESS_OPTIONS", "{compress_options}")],
)  # fmt: skip
"""Compresses or decompresses; placeholders: communication_type, compress_options."""

KERAS_TRANSFORMER = _pod(
    "transformer-keras", "transformer_keras", 8000, _GUNICORN,
    [("FORMAT", "{format}"), ("TRANSFORM", "{transform}"), ("ARG_TYPE", "{arg_type}")],
)  # fmt: skip
"""Keras image preprocessing; placeholders: communication_type, format, transform, arg_type."""

FFMPEG = _pod(
    "transformer-ffmpeg", "transformer_ffmpeg", 80, _PY_SERVER,
    [("FFMPEG_OPTIONS", "{ffmpeg_options}")],
)  # fmt: skip
"""Audio/video conversion with ffmpeg; placeholders: communication_type, ffmpeg_options."""

TORCHVISION_TRANSFORMER = _pod(
    "transformer-torchvision", "transformer_torchvision", 8000, _GUNICORN,
    [("FORMAT", "{format}"), ("TRANSFORM", "{transform}")], wait_timeout="10m",
)  # fmt: skip
"""torchvision image transforms; placeholders: communication_type, format, transform."""

FACE_DETECTION_TRANSFORMER = _pod(
    "transformer-face-detection", "transformer_face_detection", 8000,
    (*_GUNICORN[:3], "5", *_GUNICORN[4:]),
    [("FORMAT", "{format}"), ("ARG_TYPE", "{arg_type}")], host_dir="/tmp/ais",
)  # fmt: skip
"""Face detection; placeholders: communication_type, format, arg_type."""
