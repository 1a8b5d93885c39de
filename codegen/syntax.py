"""Parsing: definition text -> syntax tree (codegen/syntax_tree.py), or syntax diagnostics.

The lark grammar lives in grammar.lark. This module only turns lark's parse tree into frozen
dataclasses and lark's exceptions into diagnostics; it gives nothing a meaning.
"""

from __future__ import annotations

import contextvars
import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lark import Lark, Token, Transformer, v_args
from lark.exceptions import UnexpectedCharacters, UnexpectedInput, UnexpectedToken
from lark.tree import Meta

from codegen import syntax_tree as st
from codegen.codes import Code
from codegen.diagnostics import Diagnostic, Span
from codegen.limits import MAX_INTEGER_DIGITS, MAX_LINE_LENGTH, MAX_NESTING

GRAMMAR_PATH = Path(__file__).with_name("grammar.lark")

# What each terminal is called in an error message. Order = the order used when listing them.
TERMINAL_DESCRIPTIONS: dict[str, str] = {
    "NAMESPACE": "`namespace`",
    "STRUCT": "`struct`",
    "ENUM": "`enum`",
    "UNION": "`union`",
    "DOC_COMMENT": "a `///` doc comment",
    "_AT": "an attribute (`@...`)",
    "NAME": "a name",
    "INT": "an integer",
    "FLOAT": "a number",
    "STRING": "a string",
    "_LBRACE": "`{`",
    "_RBRACE": "`}`",
    "_LBRACKET": "`[`",
    "_RBRACKET": "`]`",
    "_LPAREN": "`(`",
    "_RPAREN": "`)`",
    "_COLON": "`:`",
    "_SEMICOLON": "`;`",
    "_COMMA": "`,`",
    "_DOT": "`.`",
    "_EQUALS": "`=`",
    "QUESTION": "`?`",
    "$END": "the end of the file",
}

_STRING_ESCAPES = {'"': '"', "\\": "\\", "n": "\n", "t": "\t"}

# Characters that no doc comment or string may hold: they would end up, as they are, in generated
# source (where a NUL is invalid Python) and in terminals. A tab is fine; so is the `\r` of a CRLF
# line end, which ends a doc comment.
_CONTROL_CHARACTERS = frozenset(
    [*map(chr, range(0x00, 0x20)), *map(chr, range(0x7F, 0xA0)), "\u2028", "\u2029"]
) - {"\t"}


@dataclass
class _LexState:
    """What the lexer callbacks of the parse in progress found."""

    errors: list[tuple[Code, str, int, int, int, str | None]]
    depth: int = 0  # of `[`, in types and attribute values alike


class _TooDeep(Exception):
    """Stops the parse at a bracket past the nesting limit."""

    def __init__(self, token: Token) -> None:
        super().__init__()
        self.token = token


_lex_state: contextvars.ContextVar[_LexState] = contextvars.ContextVar("lex_state")


def _clip(text: str, limit: int = 40) -> str:
    """Text quoted in a message, cut short when long (a hostile literal may be thousands of characters)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _open_bracket(token: Token) -> Token:
    state = _lex_state.get()
    state.depth += 1
    if state.depth > MAX_NESTING:
        # Stops the parse before the tree is deep enough for a recursive walk of it to fail.
        raise _TooDeep(token)
    return token


def _close_bracket(token: Token) -> Token:
    state = _lex_state.get()
    state.depth = max(0, state.depth - 1)
    return token


def _check_doc_comment(token: Token) -> Token:
    text = token.value.removesuffix("\r")
    for index, char in enumerate(text):
        if char in _CONTROL_CHARACTERS:
            _control_character(char, token, index, "doc comment")
            break
    return token


def _control_character(char: str, token: Token, offset: int, where: str) -> None:
    shown = "NUL" if char == "\0" else f"U+{ord(char):04X}"
    if where == "string":
        hint = "remove it; write a line break as `\\n` and a tab as `\\t`"
    else:
        hint = "remove it; a line break in the docs is a new `///` line"
    _record(Code.CONTROL_CHARACTER, f"control character {shown} in a {where}", token, offset, 1, hint)


def _check_int(token: Token) -> Token:
    text = token.value.replace("_", "")
    sign, digits = (-1, text[1:]) if text.startswith("-") else (1, text)
    significant = digits[2:] if digits[:2].lower() == "0x" else digits
    if len(significant) > MAX_INTEGER_DIGITS:
        _record(
            Code.INTEGER_TOO_LONG,
            f"integer literal `{_clip(token.value)}` has {len(significant)} digits, "
            f"more than the {MAX_INTEGER_DIGITS} any integer type can hold",
            token,
            0,
            len(token.value),
            None,
        )
        return token.update(value="0")
    try:
        value = sign * (int(digits, 16) if digits[:2].lower() == "0x" else int(digits, 10))
    except ValueError:
        hint = "write decimal digits (`42`) or hexadecimal with a `0x` prefix (`0x2A`)"
        message = f"invalid integer literal `{_clip(token.value)}`"
        _record(Code.BAD_INTEGER, message, token, 0, len(token.value), hint)
        value = 0
    return token.update(value=str(value))


def _check_string(token: Token) -> Token:
    raw = token.value[1:-1]
    out: list[str] = []
    index = 0
    while index < len(raw):
        char = raw[index]
        if char in _CONTROL_CHARACTERS:
            _control_character(char, token, index + 1, "string")
            return token.update(value="")
        if char == "\\":
            escaped = raw[index + 1]
            if escaped not in _STRING_ESCAPES:
                hint = 'the escapes are \\" \\\\ \\n and \\t'
                _record(Code.BAD_STRING, f"unknown escape `\\{escaped}` in string", token, index + 1, 2, hint)
            out.append(_STRING_ESCAPES.get(escaped, escaped))
            index += 2
        else:
            out.append(char)
            index += 1
    return token.update(value="".join(out))


def _record(code: Code, message: str, token: Token, offset: int, width: int, hint: str | None) -> None:
    assert token.line is not None and token.column is not None
    _lex_state.get().errors.append((code, message, token.line, token.column + offset, width, hint))


@functools.cache
def _parser() -> Lark:
    return Lark(
        GRAMMAR_PATH.read_text(encoding="utf-8"),
        start="file",
        parser="lalr",
        strict=True,
        propagate_positions=True,
        maybe_placeholders=True,
        lexer_callbacks={
            "INT": _check_int,
            "STRING": _check_string,
            "DOC_COMMENT": _check_doc_comment,
            "_LBRACKET": _open_bracket,
            "_RBRACKET": _close_bracket,
        },
        # The grammar analysis is cached in the temporary directory (keyed by the grammar, the
        # options and lark's version): it takes most of a second, loading it a few milliseconds.
        cache=True,
    )


@dataclass(frozen=True)
class ParseResult:
    file: st.SourceFile | None
    diagnostics: tuple[Diagnostic, ...]


@functools.lru_cache(maxsize=4096)
def parse(text: str, path: str) -> ParseResult:
    """Parse one definition file. Never raises for bad input: problems come back as diagnostics.

    Results are immutable and cached, so comparing many versions of one tree re-parses only what
    changed.
    """
    long_lines = _long_lines(text, path)
    if long_lines:
        return ParseResult(None, long_lines)
    state = _LexState([])
    token = _lex_state.set(state)
    try:
        try:
            tree = _parser().parse(text)
        except UnexpectedInput as error:
            return ParseResult(None, (_syntax_diagnostic(error, text, path),))
        except _TooDeep as error:
            return ParseResult(None, (_too_deep(error.token, path),))
        lexical = state.errors
    finally:
        _lex_state.reset(token)
    if lexical:
        diagnostics = tuple(
            Diagnostic(code, message, Span(path, line, column, line, column + width), hint)
            for code, message, line, column, width, hint in lexical
        )
        return ParseResult(None, diagnostics)
    source = _ToSyntaxTree(path).transform(tree)
    assert isinstance(source, st.SourceFile)
    return ParseResult(source, ())


def _long_lines(text: str, path: str) -> tuple[Diagnostic, ...]:
    """A diagnostic for each line above the length limit, at its first character past the limit."""
    if len(text) <= MAX_LINE_LENGTH:
        return ()
    found: list[Diagnostic] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if len(line.removesuffix("\r")) > MAX_LINE_LENGTH:
            column = MAX_LINE_LENGTH + 1
            found.append(
                Diagnostic(
                    Code.LINE_TOO_LONG,
                    f"line {number} is {len(line):,} characters long, "
                    f"more than the limit of {MAX_LINE_LENGTH:,}",
                    Span(path, number, column, number, column + 1),
                    "break the line; doc comments continue on the next `///` line",
                )
            )
    return tuple(found)


def _too_deep(token: Token, path: str) -> Diagnostic:
    line, column = token.line or 1, token.column or 1
    return Diagnostic(
        Code.NESTING_TOO_DEEP,
        f"brackets nested more than {MAX_NESTING} deep",
        Span(path, line, column, line, column + 1),
        "no type needs lists of lists this deep; give the inner part a name of its own",
    )


def _syntax_diagnostic(error: UnexpectedInput, text: str, path: str) -> Diagnostic:
    if isinstance(error, UnexpectedCharacters):
        return _unexpected_character(error, text, path)
    expected = _acceptable_terminals(error)
    if isinstance(error, UnexpectedToken) and error.token.type != "$END":
        token = error.token
        width = len(str(token.value)) if token.type != "DOC_COMMENT" else 3
        span = Span(path, token.line or 1, token.column or 1, token.line or 1, (token.column or 1) + width)
        return Diagnostic(
            Code.UNEXPECTED_TOKEN,
            f"expected {_describe_expected(expected)}, found {_describe_token(token)}",
            span,
            _hint_for(token, expected),
        )
    lines = text.rstrip().split("\n")  # as the parser counts lines
    last = len(lines)
    end_column = len(lines[-1]) + 1
    if ("///" in lines[-1] and not lines[-1].lstrip().startswith("//")) or lines[-1].lstrip().startswith(
        "///"
    ):
        hint = "a doc comment must be followed by the type, field or variant it describes"
    else:
        hint = "a `{` was opened but never closed, or a definition was cut short"
    return Diagnostic(
        Code.UNEXPECTED_END,
        f"unexpected end of file, expected {_describe_expected(expected)}",
        Span(path, last, end_column, last, end_column + 1),
        hint,
    )


def _acceptable_terminals(error: UnexpectedInput) -> set[str]:
    """The terminals the parser could really accept at the error (lark's own set is approximate)."""
    interactive = getattr(error, "interactive_parser", None)
    if interactive is not None:
        return set(interactive.accepts())
    return set(getattr(error, "expected", None) or ())


def _unexpected_character(error: UnexpectedCharacters, text: str, path: str) -> Diagnostic:
    char = text[error.pos_in_stream or 0]
    span = Span(path, error.line, error.column, error.line, error.column + 1)
    if char == '"':
        return Diagnostic(
            Code.BAD_STRING,
            "unterminated string literal",
            span,
            'close the string with `"` on the same line',
        )
    shown = repr(char)[1:-1] if not char.isprintable() else char
    hint = None
    if char == "#":
        hint = "attributes are written `@name(...)`; comments start with `//`"
    elif char == "<":
        hint = "lists are written `[T]` and fixed-size arrays `[T; N]`"
    return Diagnostic(Code.UNEXPECTED_CHARACTER, f"unexpected character `{shown}`", span, hint)


def _describe_token(token: Token) -> str:
    if token.type == "NAME":
        return f"name `{_clip(token.value)}`"
    if token.type == "DOC_COMMENT":
        return "a `///` doc comment"
    if token.type in ("INT", "STRING"):
        return f"{TERMINAL_DESCRIPTIONS[token.type][3:]} `{_clip(str(token.value))}`"
    return TERMINAL_DESCRIPTIONS.get(token.type, f"`{token.value}`")


def _describe_expected(expected: set[str]) -> str:
    names = [name for name in TERMINAL_DESCRIPTIONS if name in expected]
    if not names:
        return "something else"
    descriptions = [TERMINAL_DESCRIPTIONS[name] for name in names]
    if len(descriptions) == 1:
        return descriptions[0]
    return ", ".join(descriptions[:-1]) + " or " + descriptions[-1]


def _hint_for(token: Token, expected: set[str]) -> str | None:
    if token.type == "_SEMICOLON" and "_COMMA" in expected:
        return "fields and variants are separated by `,`, not `;`"
    if token.type in ("NAME", "DOC_COMMENT", "_AT") and {"_COMMA", "_RBRACE"} <= expected:
        return "fields and variants are separated by `,`; is one missing at the end of the line before?"
    if token.type == "DOC_COMMENT":
        return "a doc comment must come right before the type, field or variant it describes"
    if "_EQUALS" in expected and token.type in ("_COMMA", "_RBRACE"):
        return "every enum variant and union variant needs an explicit value, such as `Name = 1`"
    if token.type == "NAME" and token.value in ("table", "class", "type"):
        return "types are declared with `struct`, `enum` or `union`"
    if "NAMESPACE" in expected and token.type in ("STRUCT", "ENUM", "UNION", "_AT"):
        return "start the file with `namespace <package>;`"
    return None


@v_args(meta=True)
class _ToSyntaxTree(Transformer[Token, Any]):
    """Maps each grammar rule to its syntax-tree dataclass. No checks of meaning happen here."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def _span(self, meta: Meta) -> Span:
        return Span(self.path, meta.line, meta.column, meta.end_line, meta.end_column)

    def _token_span(self, token: Token) -> Span:
        assert token.line is not None and token.column is not None
        assert token.end_line is not None and token.end_column is not None
        return Span(self.path, token.line, token.column, token.end_line, token.end_column)

    def _name(self, token: Token) -> st.Name:
        return st.Name(str(token), self._token_span(token))

    def file(self, meta: Meta, children: list[Any]) -> st.SourceFile:
        namespace = None
        if children and isinstance(children[0], st.Name):
            namespace = children.pop(0)
        return st.SourceFile(self.path, namespace, tuple(children))

    def namespace_decl(self, meta: Meta, children: list[Any]) -> st.Name:
        return children[1]  # type: ignore[no-any-return]

    def qualified_name(self, meta: Meta, children: list[Token]) -> st.Name:
        return st.Name(".".join(str(t) for t in children), self._span(meta))

    def preamble(self, meta: Meta, children: list[Any]) -> st.Preamble:
        docs = tuple(c for c in children if isinstance(c, st.DocLine))
        attributes = tuple(c for c in children if isinstance(c, st.Attribute))
        return st.Preamble(docs, attributes)

    def doc_line(self, meta: Meta, children: list[Token]) -> st.DocLine:
        token = children[0]
        return st.DocLine(str(token)[3:].rstrip(), self._token_span(token))

    def attribute(self, meta: Meta, children: list[Any]) -> st.Attribute:
        name, *rest = children
        if rest == [None]:
            return st.Attribute(name, None, self._span(meta))
        args = tuple(arg for arg in rest if arg is not None)
        return st.Attribute(name, args, self._span(meta))

    def attribute_arg(self, meta: Meta, children: list[Any]) -> st.AttributeArg:
        key, value = children
        return st.AttributeArg(None if key is None else self._name(key), value, self._span(meta))

    def value(self, meta: Meta, children: list[Any]) -> st.Value:
        item = children[0]
        if isinstance(item, st.Value):  # a list
            return item
        if isinstance(item, st.Name):  # a bare word, or a dotted name such as a type's
            return st.Value("ident", item.text, item.span)
        span = self._token_span(item)
        if item.type == "INT":
            return st.Value("int", int(item), span)
        if item.type == "FLOAT":
            return st.Value("float", float(str(item).replace("_", "")), span)
        if item.type == "STRING":
            return st.Value("string", str(item), span)
        raise AssertionError(f"unexpected value token {item.type}")

    def list_value(self, meta: Meta, children: list[Any]) -> st.Value:
        items = tuple(c for c in children if c is not None)
        return st.Value("list", items, self._span(meta))

    def type_expr(self, meta: Meta, children: list[Any]) -> st.TypeExpr:
        base, question = children
        if question is None:
            return base  # type: ignore[no-any-return]
        span = self._span(meta)
        if isinstance(base, st.NamedType):
            return st.NamedType(base.name, True, span)
        if isinstance(base, st.FixedArrayType):
            return st.FixedArrayType(base.item, base.length, base.length_span, True, span)
        assert isinstance(base, st.ListType)
        return st.ListType(base.item, True, span)

    def named_type(self, meta: Meta, children: list[Any]) -> st.NamedType:
        return st.NamedType(children[0], False, self._span(meta))

    def fixed_array_type(self, meta: Meta, children: list[Any]) -> st.FixedArrayType:
        item, length = children
        return st.FixedArrayType(item, int(length), self._token_span(length), False, self._span(meta))

    def list_type(self, meta: Meta, children: list[Any]) -> st.ListType:
        return st.ListType(children[0], False, self._span(meta))

    def field(self, meta: Meta, children: list[Any]) -> st.FieldDecl:
        preamble, name, type_expr = children
        return st.FieldDecl(preamble, self._name(name), type_expr, self._span(meta))

    def enum_variant(self, meta: Meta, children: list[Any]) -> st.EnumVariantDecl:
        preamble, name, value = children
        return st.EnumVariantDecl(
            preamble, self._name(name), int(value), self._token_span(value), self._span(meta)
        )

    def union_variant(self, meta: Meta, children: list[Any]) -> st.UnionVariantDecl:
        preamble, name, type_expr, code = children
        return st.UnionVariantDecl(
            preamble, self._name(name), type_expr, int(code), self._token_span(code), self._span(meta)
        )

    def struct_def(self, meta: Meta, children: list[Any]) -> st.StructDecl:
        preamble, keyword, name, *fields = children
        members = tuple(f for f in fields if f is not None)
        return st.StructDecl(preamble, self._token_span(keyword), self._name(name), members, self._span(meta))

    def enum_def(self, meta: Meta, children: list[Any]) -> st.EnumDecl:
        preamble, keyword, name, backing, *variants = children
        members = tuple(v for v in variants if v is not None)
        return st.EnumDecl(
            preamble,
            self._token_span(keyword),
            self._name(name),
            self._name(backing),
            members,
            self._span(meta),
        )

    def union_def(self, meta: Meta, children: list[Any]) -> st.UnionDecl:
        preamble, keyword, name, *variants = children
        members = tuple(v for v in variants if v is not None)
        return st.UnionDecl(preamble, self._token_span(keyword), self._name(name), members, self._span(meta))
