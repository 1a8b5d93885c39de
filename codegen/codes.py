"""The stable diagnostic codes. A code never changes meaning once released; retired codes stay listed."""

from __future__ import annotations

import enum


class Code(enum.Enum):
    """Every kind of finding the tool reports, with a one-line description for docs/idl.md.

    The letter says what it is (`codegen.diagnostics.code_severity`): E an error, W a warning, N a
    note (a follow-on of an error, which explains it and is no error of its own).
    """

    def __init__(self, code: str, description: str) -> None:
        self.code = code
        self.description = description

    # Syntax (the lark parser)
    UNEXPECTED_CHARACTER = ("E001", "a character that cannot start any token")
    UNEXPECTED_TOKEN = ("E002", "a token where the grammar expects something else")
    UNEXPECTED_END = ("E003", "the file ends in the middle of a definition")
    BAD_INTEGER = ("E004", "an integer literal that is malformed")
    BAD_STRING = ("E005", "a string literal with an unknown escape sequence")
    UNREADABLE_FILE = ("E006", "a definition file that cannot be read as UTF-8 text")
    BAD_LINK = ("E007", "a symbolic link in the definitions that points nowhere, or to a folder it is in")
    NESTING_TOO_DEEP = ("E009", "a type or attribute value nested more than 32 brackets deep")
    LINE_TOO_LONG = ("E010", "a line longer than 10,000 characters")
    FILE_TOO_LARGE = ("E011", "a definition file larger than 1 MiB")
    NOT_A_REGULAR_FILE = ("E012", "a definition that is not a regular file (a FIFO, a device, a socket)")
    CONTROL_CHARACTER = ("E013", "a control character (other than tab) in a doc comment or a string literal")
    INTEGER_TOO_LONG = ("E014", "an integer literal with more than 40 digits, which no integer type holds")
    DEFINED_IN_FILE_WITH_ERRORS = (
        "N008",
        "a reference to a type whose definition file did not parse; noted after its syntax error",
    )

    # File layout and namespaces
    MISSING_NAMESPACE = ("E101", "a file without a `namespace` declaration")
    UNKNOWN_NAMESPACE_KIND = (
        "E102",
        "a namespace that does not end in datatypes, components, archetypes or views",
    )
    FILE_LOCATION = ("E103", "a file whose path does not match its namespace and type name")
    TYPES_PER_FILE = ("E104", "a file that does not hold exactly one type")
    FOREIGN_NAMESPACE = (
        "E105",
        "a namespace outside the project's packages, such as a user's type in the core's `rerun`",
    )

    # Names
    DUPLICATE_TYPE = ("E110", "two types with the same fully-qualified name")
    DUPLICATE_MEMBER = ("E111", "two fields or variants with the same name in one type")
    NAME_STYLE = ("E112", "a name that breaks the naming convention (PascalCase types, snake_case fields)")
    RESERVED_NAME = ("E113", "a name that is a Python keyword or reserved by the tool")

    # Types and references
    UNKNOWN_TYPE = ("E120", "a reference to a type that does not exist")
    REFERENCE_CYCLE = ("E121", "types that contain themselves, directly or through others")
    WRONG_REFERENCE_KIND = ("E122", "a datatype or component field that refers to a component or archetype")
    ARCHETYPE_FIELD_NOT_COMPONENT = ("E123", "an archetype field whose type is not a component")
    COMPONENT_ARITY = ("E124", "a component that does not have exactly one field")
    COMPONENT_NOT_WRAPPING_DATATYPE = ("E125", "a component whose field is not a datatype (or a list of one)")
    TRANSPARENT_ARITY = ("E126", "an Arrow-transparent struct without exactly one field")
    BAD_ARRAY_LENGTH = ("E127", "a fixed-size array of length 0 or above the limit")
    NULLABILITY_NOT_ALLOWED = ("E128", "a `?` where the value cannot be null")
    EMPTY_TYPE = ("E129", "a struct, enum or union without members")
    ARCHETYPE_SHAPE = ("E130", "an archetype declared as an enum or a union")

    # Views
    VIEW_FIELD_NOT_ARCHETYPE = ("E131", "a view field whose type is not one archetype")
    VIEW_SHAPE = ("E132", "a view declared as an enum or a union")
    VIEW_ARCHETYPE_TWICE = ("E133", "two properties of one view with the same archetype")
    BAD_EXTENDS = ("E134", "an `@extends` of no archetype, or a field that shadows one of the base's")
    TYPE_CHAIN_TOO_DEEP = ("E135", "a type whose values nest more than 64 types and lists deep")

    # Enums
    ENUM_ZERO = ("E140", "an enum variant with the reserved value 0")
    ENUM_DUPLICATE_VALUE = ("E141", "two enum variants with the same value")
    ENUM_VALUE_RANGE = ("E142", "an enum value that does not fit the backing type")
    ENUM_BACKING_TYPE = ("E143", "an enum backed by something other than u8, u16, u32 or u64")
    ENUM_DEFAULT = ("E144", "an enum without exactly one `@default` variant")

    # Unions
    UNION_TYPE_CODE = ("E150", "a union type code outside 1..127 (0 is the null marker)")
    UNION_DUPLICATE_CODE = ("E151", "two union variants with the same type code")
    UNION_CODE_ORDER = ("E152", "union variants not declared in increasing type-code order")
    UNION_VARIANT_TYPE = ("E153", "a union variant whose payload is a component or an archetype")

    # Attributes
    UNKNOWN_ATTRIBUTE = ("E160", "an attribute that does not exist")
    MISPLACED_ATTRIBUTE = ("E161", "an attribute that is not valid on this construct or kind")
    BAD_ATTRIBUTE_ARGUMENTS = ("E162", "an attribute with missing, unknown or ill-typed arguments")
    DUPLICATE_ATTRIBUTE = ("E163", "the same attribute given twice")
    ARCHETYPE_FIELD_ROLE = (
        "E164",
        "an archetype field without exactly one of @required, @recommended, @optional",
    )
    DEPRECATION = ("E165", "a deprecated state without since/notice, or since/notice without it")
    CONSTRUCTOR_SHAPE = (
        "E166",
        "a `@constructor`, `@param`, `@constants_from` or `@matrix_layout` that does not fit the type",
    )
    BAD_LITERAL = ("E167", "a default or constant value that does not fit its field, or a malformed constant")
    VIEW_IDENTIFIER_MISSING = ("E168", "a view without `@view_identifier`, or with an empty one")

    # Documentation
    MISSING_DOCS = ("E170", "a type, field or variant without a doc comment")
    UNKNOWN_DOC_TAG = ("E171", "a doc line with an unknown `\\tag`")
    DOC_SUMMARY = ("E172", "docs whose first line is empty or tagged")
    BAD_EXAMPLE = ("E173", "a malformed `\\example` line")
    MISSING_SNIPPET = ("W174", "an `\\example` that names a snippet file that does not exist")
    BROKEN_REFERENCE = (
        "E175",
        "a `[reference]` in a doc comment to a type, field or variant that does not exist",
    )
    UNKNOWN_VIEW_TYPE = ("E176", "a `@docs.view_types` entry that names no defined view")

    # Python (the Python backend's checks)
    EXTENSION_CONTRACT = ("E180", "an extension module that breaks the contract of hand-written Python")
    SHORTHAND_NOT_A_PARAMETER = (
        "E181",
        "a `@param.shorthand` that the archetype's Python constructor has no parameter for",
    )

    # C++ (the C++ backend's checks)
    CPP_NAME = ("E185", "a name that is a C++ keyword or that the generated C++ uses itself")
    CPP_OPTION = ("E186", "a `@cpp.*` attribute whose value does not fit the type")

    # Build
    OUT_OF_SYNC = ("E201", "a generated file that differs from what the definitions produce (--check)")
    FORMATTER_FAILED = ("E202", "a formatter (ruff, black, clang-format) could not format a generated file")
    BACKEND_FAILED = ("E203", "a backend that failed while rendering")
    CONFIG = ("E204", "an invalid [tool.codegen] setting or command-line option")
    MISSING_MARKER = ("E205", "a generated file without the DO-NOT-EDIT header")
    TEMPLATE_ERROR = ("E206", "a template that failed to render")
    NOT_BUILT = ("E207", "generated output that a command needs but that has not been built")
