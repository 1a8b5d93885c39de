"""The compatibility rules: stable IDs, what each protects, how bad a violation is, and how to fix it.

Categories say who breaks:
- API: code written against the generated Python package (names, constructor parameters).
- DATA_BACKWARD: new code reading data written by old code.
- DATA_FORWARD: old code reading data written by new code.

Levels: ERR (provably breaking), WARN (breaks some readers or changes behaviour), INFO (additive or
lifecycle news). docs/compat.md documents this table; a test keeps the two in step.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Category(enum.Enum):
    API = "API"
    DATA_BACKWARD = "DATA_BACKWARD"
    DATA_FORWARD = "DATA_FORWARD"


class Level(enum.IntEnum):
    INFO = 0
    WARN = 1
    ERR = 2


@dataclass(frozen=True)
class Rule:
    id: str
    level: Level
    categories: tuple[Category, ...]
    summary: str
    fix: str


API, BACK, FORWARD = Category.API, Category.DATA_BACKWARD, Category.DATA_FORWARD
DATA = (BACK, FORWARD)
ALL = (API, BACK, FORWARD)

_RULES = (
    # Types
    Rule("TYPE_ADDED", Level.INFO, ALL, "a new type", "nothing to do"),
    Rule(
        "TYPE_REMOVED",
        Level.ERR,
        (API, BACK),
        "a type was deleted: imports break and stored columns of it can no longer be read",
        "deprecate it first (@state(deprecated, ...)) and remove it a release later with a waiver",
    ),
    Rule(
        "TYPE_MOVED",
        Level.ERR,
        ALL,
        "a type changed namespace: its fully-qualified name, the wire key, and its import path change",
        "keep the old name (deprecated) next to the new one, and add a read-time migration",
    ),
    Rule(
        "TYPE_SHAPE_CHANGED",
        Level.ERR,
        ALL,
        "a type changed between struct, enum and union: its encoding changes completely",
        "introduce a new type instead",
    ),
    Rule(
        "TYPE_TRANSPARENCY_CHANGED",
        Level.ERR,
        DATA,
        "@transparent was added or removed: the Arrow type gains or loses its struct layer",
        "keep the encoding, or introduce a new type",
    ),
    Rule("TYPE_DEPRECATED", Level.INFO, (API,), "a type is now deprecated", "nothing to do"),
    Rule(
        "TYPE_UNDEPRECATED", Level.INFO, (API,), "a deprecated type is no longer deprecated", "nothing to do"
    ),
    Rule("TYPE_STABILIZED", Level.INFO, (API,), "an unstable type became stable", "nothing to do"),
    Rule(
        "TYPE_DESTABILIZED",
        Level.WARN,
        (API,),
        "a stable type became unstable: users lose the compatibility promise",
        "keep it stable, or announce it in the release notes",
    ),
    # Fields of datatypes and components
    Rule(
        "FIELD_REMOVED",
        Level.ERR,
        (API, FORWARD),
        "a field was deleted: old readers expect it and code that sets it breaks",
        "deprecate the field first and remove it a release later with a waiver",
    ),
    Rule(
        "FIELD_ADDED_NULLABLE",
        Level.WARN,
        (FORWARD,),
        "a nullable field was added: readers that compare Arrow types strictly reject the new struct",
        "fine for readers that project by name; mention it in the release notes",
    ),
    Rule(
        "FIELD_ADDED_NON_NULL",
        Level.ERR,
        (API, BACK),
        "a non-nullable field was added: old data lacks it and constructors gain a required parameter",
        "make the new field nullable (`?`)",
    ),
    Rule(
        "FIELD_RENAMED",
        Level.ERR,
        ALL,
        "a field was renamed: Arrow struct children are matched by name",
        "keep the old name, or add the new field and deprecate the old one",
    ),
    Rule(
        "FIELD_ORDER_CHANGED",
        Level.ERR,
        (API, FORWARD),
        "fields were reordered, or one was inserted before existing ones: positional constructor "
        "arguments and strict Arrow readers break",
        "restore the order; append new fields at the end",
    ),
    Rule(
        "FIELD_TYPE_CHANGED",
        Level.ERR,
        ALL,
        "a field's type changed incompatibly (different kind of value or layout)",
        "add a new field with the new type and deprecate the old one",
    ),
    Rule(
        "FIELD_TYPE_WIDENED",
        Level.WARN,
        DATA,
        "a numeric type was widened: Arrow does not promote implicitly, so readers must cast",
        "keep the width, or cast on read and announce it",
    ),
    Rule(
        "FIELD_ARRAY_LENGTH_CHANGED",
        Level.ERR,
        ALL,
        "a fixed-size array changed length",
        "introduce a new type with the new length",
    ),
    Rule(
        "FIELD_NULLABILITY_TIGHTENED",
        Level.ERR,
        (API, BACK),
        "a nullable value became non-nullable: old data may hold nulls and None is no longer accepted",
        "keep it nullable",
    ),
    Rule(
        "FIELD_NULLABILITY_LOOSENED",
        Level.WARN,
        (FORWARD,),
        "a non-nullable value became nullable: old readers may not expect nulls",
        "fine for null-tolerant readers; mention it in the release notes",
    ),
    Rule("FIELD_DEPRECATED", Level.INFO, (API,), "a field is now deprecated", "nothing to do"),
    # Enums
    Rule(
        "ENUM_VALUE_ADDED",
        Level.WARN,
        (FORWARD,),
        "an enum variant was added: old readers see an unknown value",
        "old readers must map unknown values to a fallback",
    ),
    Rule(
        "ENUM_VALUE_REMOVED",
        Level.ERR,
        (API, BACK),
        "an enum variant was deleted: old data holds its value",
        "keep the variant (deprecate it in its docs)",
    ),
    Rule(
        "ENUM_VALUE_CHANGED",
        Level.ERR,
        DATA,
        "an enum variant changed its integer value: stored values silently change meaning",
        "values are the wire format: restore the old value",
    ),
    Rule(
        "ENUM_VALUE_RENAMED",
        Level.ERR,
        (API,),
        "an enum variant was renamed: code and string inputs that use the old name break",
        "keep the old name",
    ),
    Rule(
        "ENUM_BACKING_CHANGED",
        Level.ERR,
        DATA,
        "an enum's backing integer type changed, and with it the Arrow type",
        "keep the backing type",
    ),
    Rule(
        "ENUM_DEFAULT_CHANGED",
        Level.WARN,
        (API,),
        "an enum's default variant changed: values left unset now mean something else",
        "announce it in the release notes",
    ),
    # Unions
    Rule(
        "UNION_VARIANT_ADDED",
        Level.WARN,
        (FORWARD,),
        "a union variant was added: old readers meet an unknown type code",
        "append variants at the end; old readers must tolerate unknown codes",
    ),
    Rule(
        "UNION_VARIANT_REMOVED",
        Level.ERR,
        (API, BACK),
        "a union variant was deleted: old data uses its type code",
        "keep the variant",
    ),
    Rule(
        "UNION_VARIANT_RENAMED",
        Level.ERR,
        ALL,
        "a union variant was renamed: the names of union children are part of the Arrow type",
        "keep the old name",
    ),
    Rule(
        "UNION_TYPE_CODE_CHANGED",
        Level.ERR,
        DATA,
        "a union variant changed its type code: stored values are read as another variant",
        "type codes are the wire format: restore the old code",
    ),
    # Archetypes
    Rule(
        "ARCHETYPE_FIELD_ADDED",
        Level.INFO,
        (API,),
        "an optional component was added to an archetype",
        "nothing to do",
    ),
    Rule(
        "ARCHETYPE_REQUIRED_FIELD_ADDED",
        Level.ERR,
        (API, BACK),
        "a required component was added: old data lacks it and constructors gain a positional parameter",
        "add it as @recommended or @optional",
    ),
    Rule(
        "ARCHETYPE_FIELD_REMOVED",
        Level.ERR,
        (API, BACK),
        "a component was removed from an archetype: old columns become invisible, code that sets it breaks",
        "deprecate the field first and remove it a release later with a waiver",
    ),
    Rule(
        "ARCHETYPE_FIELD_RENAMED",
        Level.ERR,
        ALL,
        "an archetype field was renamed: `Archetype:field` is the column's wire key",
        "keep the old name, or add the new field and deprecate the old one",
    ),
    Rule(
        "ARCHETYPE_FIELD_COMPONENT_CHANGED",
        Level.ERR,
        ALL,
        "an archetype field now holds another component type",
        "add a new field for the new component",
    ),
    Rule(
        "ARCHETYPE_FIELD_NOW_REQUIRED",
        Level.ERR,
        (API, BACK),
        "an archetype field became required: old data may lack it and constructors gain a parameter",
        "keep it @recommended or @optional",
    ),
    Rule(
        "ARCHETYPE_FIELD_NO_LONGER_REQUIRED",
        Level.WARN,
        (FORWARD,),
        "a required archetype field became optional: old readers may assume it is present",
        "fine for readers that handle missing components",
    ),
    Rule(
        "ARCHETYPE_FIELD_CARDINALITY_CHANGED",
        Level.WARN,
        (API,),
        "an archetype field switched between one value and a batch: accepted Python inputs change",
        "keep the cardinality",
    ),
    Rule(
        "ARCHETYPE_PARAMETER_ORDER_CHANGED",
        Level.ERR,
        (API,),
        "required archetype fields were reordered: positional constructor arguments change meaning",
        "restore the order of the required fields",
    ),
    Rule(
        "CONSTRUCTOR_POSITIONAL_REDUCED",
        Level.ERR,
        (API,),
        "a constructor takes fewer arguments by position: calls that pass them by position fail",
        "restore `@constructor.positional`, or make the change in a major release",
    ),
    Rule(
        "CONSTRUCTOR_POSITIONAL_EXTENDED",
        Level.INFO,
        (API,),
        "a constructor takes more arguments by position; keyword calls still work",
        "nothing to do",
    ),
    Rule(
        "PARAMETER_RENAMED",
        Level.ERR,
        (API,),
        "a constructor parameter was renamed (`@param.name`): calls that pass it by keyword fail",
        "keep the old parameter name",
    ),
    Rule(
        "PARAMETER_NOW_REQUIRED",
        Level.ERR,
        (API,),
        "a constructor parameter must now be given (`@param.required`): calls that leave it out fail",
        "drop `@param.required`",
    ),
    Rule(
        "PARAMETER_DEFAULT_CHANGED",
        Level.WARN,
        (API,),
        "a constructor parameter's default changed: calls that leave it out now get another value",
        "keep the old default, or announce the change",
    ),
    Rule(
        "CONSTANT_REMOVED",
        Level.ERR,
        (API,),
        "a constant of a type was removed: code that uses it fails",
        "keep the constant",
    ),
    Rule(
        "CONSTANT_CHANGED",
        Level.WARN,
        (API,),
        "a constant of a type has another value: code that uses it logs different data",
        "keep the old value, or announce the change",
    ),
    Rule(
        "CONSTANT_ADDED",
        Level.INFO,
        (API,),
        "a constant was added to a type",
        "nothing to do",
    ),
    # Views
    Rule(
        "VIEW_IDENTIFIER_CHANGED",
        Level.ERR,
        DATA,
        "a view's class identifier changed: blueprints saved with the old one no longer open as this view",
        "keep the identifier; the viewer knows the view by it",
    ),
    Rule(
        "VIEW_PROPERTY_ADDED",
        Level.INFO,
        (API,),
        "a view gained a property: a new keyword argument of its class",
        "nothing to do",
    ),
    Rule(
        "VIEW_PROPERTY_REMOVED",
        Level.ERR,
        (API, BACK),
        "a view property was deleted: code that sets it breaks and saved blueprints lose it",
        "deprecate the property first and remove it a release later with a waiver",
    ),
    Rule(
        "VIEW_PROPERTY_ARCHETYPE_CHANGED",
        Level.ERR,
        ALL,
        "a view property is now another archetype: what it accepts and where it is stored change",
        "add a new property for the new archetype and deprecate the old one",
    ),
    Rule(
        "VIEW_SHORTHAND_REMOVED",
        Level.ERR,
        (API,),
        "a view property no longer takes a shorthand: calls that pass one instead of the archetype fail",
        "keep the @param.shorthand",
    ),
)

RULES: dict[str, Rule] = {rule.id: rule for rule in _RULES}
REMOVAL_RULES = frozenset(
    {"TYPE_REMOVED", "FIELD_REMOVED", "ARCHETYPE_FIELD_REMOVED", "VIEW_PROPERTY_REMOVED"}
)
