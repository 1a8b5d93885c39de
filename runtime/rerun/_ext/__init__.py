"""Hand-written extensions of generated classes: `XExt` mixins, one module per extended type.

The generator looks for `rerun/_ext/<namespace below rerun>/<snake name>.py` and, when it exists,
makes its `XExt` the first base class of the generated `X` (see codegen/backends/python.py).
"""
