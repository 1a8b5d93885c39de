"""Mutation corpus for `codegen compat`: small edits of the real definitions and the exact findings.

Each case edits a copy of definitions/ (the baseline is the unedited tree) and lists every finding
expected as (rule, level, element). tests/test_compat_corpus.py also checks each finding's category
(from the rule table) and that its location is the element's (or enclosing element's) place.

Edits:
- ("replace", path, old, new): replace the exact text `old` (it must occur exactly once) by `new`
- ("delete", path): delete a definition file
- ("write", path, text): create or overwrite a definition file
Paths are relative to definitions/.
"""

from __future__ import annotations

Edit = tuple[str, ...]
Expected = tuple[str, str, str]  # (rule, level, element)

P3 = "rerun/archetypes/points3d.rrdef"

CASES: dict[str, tuple[list[Edit], list[Expected]]] = {
    "archetype_field_renamed": (
        [("replace", P3, "    radii: [rerun.components.Radius],", "    sizes: [rerun.components.Radius],")],
        [("ARCHETYPE_FIELD_RENAMED", "ERR", "rerun.archetypes.Points3D.sizes")],
    ),
    "enum_value_changed": (
        [("replace", "rerun/components/fill_mode.rrdef", "    Solid = 3,", "    Solid = 9,")],
        [("ENUM_VALUE_CHANGED", "ERR", "rerun.components.FillMode.Solid")],
    ),
    "numeric_widening": (
        [("replace", "rerun/datatypes/vec3d.rrdef", "xyz: [f32; 3]", "xyz: [f64; 3]")],
        [("FIELD_TYPE_WIDENED", "WARN", "rerun.datatypes.Vec3D.xyz")],
    ),
}
