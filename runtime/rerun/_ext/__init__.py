"""Extension modules: hand-written parts of generated classes, one module per extended type.

They are build input, not part of the installed package: `codegen build` copies each into the
generated module of its type (docs/extensions.md). The packages here exist so that mypy checks
them as `rerun._ext.<namespace>.<type>`; code they share lives in the runtime (`rerun._image`).
"""
