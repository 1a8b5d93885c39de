"""codegen: an IDL for the Rerun type system and the generator of the `rerun` SDK type layer."""

__version__ = "0.1.0"
