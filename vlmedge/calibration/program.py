"""A small typed program IR and a random generator for it.

One generator serves every language: it builds functions and classes from this IR, and each language's
`Syntax` (see `languages/`) prints the IR in that language. Types are tracked so that the printed code is
not only syntactically valid but reads like code a person would write (no adding a string to a bool).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from enum import Enum
from typing import Callable, Union

from vlmedge.calibration import words


class T(Enum):
    INT = "int"
    FLOAT = "float"
    STR = "str"
    BOOL = "bool"
    INTS = "ints"  # a growable list of ints
    VOID = "void"


NUMERIC = (T.INT, T.FLOAT)


# ---- expressions ----
@dataclass(frozen=True)
class Name:
    name: str
    type: T


@dataclass(frozen=True)
class Field:
    """A field of the receiver (`self.x`, `this.x`, `@x`)."""

    name: str
    type: T


@dataclass(frozen=True)
class Lit:
    value: object
    type: T


@dataclass(frozen=True)
class BinOp:
    op: str  # + - * / %
    left: "Expr"
    right: "Expr"
    type: T


@dataclass(frozen=True)
class Compare:
    op: str  # < <= > >= == !=
    left: "Expr"
    right: "Expr"
    type: T = T.BOOL


@dataclass(frozen=True)
class Logic:
    op: str  # and / or
    left: "Expr"
    right: "Expr"
    type: T = T.BOOL


@dataclass(frozen=True)
class Not:
    operand: "Expr"
    type: T = T.BOOL


@dataclass(frozen=True)
class Call:
    """A call to a function (or, inside a class, a method of the receiver) defined in the same unit."""

    func: str
    args: tuple["Expr", ...]
    type: T
    on_self: bool = False


@dataclass(frozen=True)
class Length:
    seq: "Expr"
    type: T = T.INT


@dataclass(frozen=True)
class Index:
    seq: "Expr"
    index: "Expr"
    type: T = T.INT


@dataclass(frozen=True)
class MinMax:
    op: str  # min / max
    left: "Expr"
    right: "Expr"
    type: T


Expr = Union[Name, Field, Lit, BinOp, Compare, Logic, Not, Call, Length, Index, MinMax]


# ---- statements ----
@dataclass
class Decl:
    name: str
    type: T
    value: Expr
    mutable: bool = False  # set after the body is built: is the variable assigned again?


@dataclass
class Assign:
    target: Union[Name, Field]
    value: Expr
    op: str | None = None  # "+" for `x += value`


@dataclass
class If:
    cond: Expr
    body: list["Stmt"]
    orelse: list["Stmt"] | None = None


@dataclass
class ForRange:
    var: str
    start: Expr
    stop: Expr
    body: list["Stmt"]


@dataclass
class ForEach:
    var: str
    seq: Expr
    body: list["Stmt"]


@dataclass
class While:
    cond: Expr
    body: list["Stmt"]


@dataclass
class Return:
    value: Expr | None


@dataclass
class Print:
    message: str
    value: Expr | None


@dataclass
class Append:
    seq: Union[Name, Field]
    value: Expr


@dataclass
class Comment:
    """A comment whose `{name}` slot is filled with `subject` as the language spells it."""

    template: str
    subject: str = ""
    subject_is_type: bool = False  # a class name: printed as is, not as a variable

    def text(self, spell_var: "Callable[[str], str]") -> str:
        name = self.subject if self.subject_is_type else spell_var(self.subject)
        return self.template.format(name=name)


@dataclass
class Break:
    pass


Stmt = Union[Decl, Assign, If, ForRange, ForEach, While, Return, Print, Append, Comment, Break]


@dataclass
class Function:
    name: str
    params: list[tuple[str, T]]
    ret: T
    body: list[Stmt]
    doc: Comment | None = None
    is_method: bool = False
    mutates_self: bool = False


@dataclass
class ClassDef:
    name: str  # PascalCase
    fields: list[tuple[str, T]]
    methods: list[Function]
    doc: Comment | None = None


@dataclass
class Unit:
    """What one snippet shows: one or more functions, or one class."""

    items: list[Union[Function, ClassDef]] = field(default_factory=list)
    natural_language: str = "en"


@dataclass(frozen=True)
class Capabilities:
    """What a language's Syntax can print; the generator only builds what every target can express."""

    lists: bool = True  # INTS locals, fields and Append
    list_params: bool = True  # INTS parameters
    classes: bool = True
    floats: bool = True


# ---- generator ----
class ProgramGenerator:
    """Builds a random, well-typed Unit; `size` (0..3) scales how much code it writes (0: one tiny function)."""

    def __init__(self, rng: random.Random, caps: Capabilities, natural_language: str, size: int) -> None:
        self.rng = rng
        self.caps = caps
        self.lang = natural_language
        self.size = size
        self._used: set[str] = set()
        self._callables: list[Function] = []  # finished functions (or methods) later code may call

    # -- names --
    def _fresh(self, candidates: list[str]) -> str:
        candidates = [c for c in candidates if c not in words.RESERVED] or [candidates[0] + "_value"]
        for name in candidates:
            if name not in self._used:
                self._used.add(name)
                return name
        base = candidates[0]
        suffix = 2
        while f"{base}{suffix}" in self._used:
            suffix += 1
        self._used.add(f"{base}{suffix}")
        return f"{base}{suffix}"

    def var_name(self, plural: bool = False) -> str:
        rng = self.rng
        noun = rng.choice(words.NOUNS)
        if plural:
            noun = noun + ("es" if noun.endswith(("s", "x", "ch", "sh")) else "s")
        options = [noun, f"{rng.choice(words.ADJECTIVES)}_{noun}"]
        rng.shuffle(options)
        return self._fresh(options)

    def func_name(self) -> str:
        rng = self.rng
        return self._fresh([f"{rng.choice(words.VERBS)}_{rng.choice(words.NOUNS)}",
                            f"{rng.choice(words.VERBS)}_{rng.choice(words.ADJECTIVES)}_{rng.choice(words.NOUNS)}"])

    def comment(self, subject: str, subject_is_type: bool = False) -> Comment:
        return Comment(self.rng.choice(words.COMMENTS[self.lang]), subject, subject_is_type)

    def message(self) -> str:
        return self.rng.choice(words.MESSAGES[self.lang])

    # -- types and expressions --
    def scalar_type(self) -> T:
        types = [T.INT, T.INT, T.INT, T.BOOL, T.STR] + ([T.FLOAT, T.FLOAT] if self.caps.floats else [])
        return self.rng.choice(types)

    def literal(self, type_: T) -> Lit:
        rng = self.rng
        if type_ is T.INT:
            return Lit(rng.choice([0, 1, 2, 3, 5, 7, 8, 10, 16, 42, 64, 100, 255, 1000, 1024, 65535,
                                   rng.randint(0, 999)]), T.INT)
        if type_ is T.FLOAT:
            return Lit(rng.choice([0.0, 0.5, 1.0, 1.5, 2.0, 0.25, 3.14, 0.001, 9.81, 100.0,
                                   round(rng.uniform(0, 100), rng.randint(1, 3))]), T.FLOAT)
        if type_ is T.BOOL:
            return Lit(rng.random() < 0.5, T.BOOL)
        if type_ is T.STR:
            return Lit(rng.choice(words.STRING_LITERALS), T.STR)
        raise ValueError(type_)

    def call(self, type_: T, scope: dict[str, T]) -> Call | None:
        """A call to an earlier function of this unit that returns `type_`, with well-typed arguments."""
        options = [f for f in self._callables if f.ret is type_ and all(t is not T.INTS for _, t in f.params)]
        if not options:
            return None
        target = self.rng.choice(options)
        args = tuple(self.expr(t, scope, 2) for _, t in target.params)
        return Call(target.name, args, type_, on_self=target.is_method)

    def expr(self, type_: T, scope: dict[str, T], depth: int = 0) -> Expr:
        rng = self.rng
        if depth == 0 and rng.random() < 0.12:
            call = self.call(type_, scope)
            if call is not None:
                return call
        same = [Name(n, t) if not n.startswith("@") else Field(n[1:], t) for n, t in scope.items() if t is type_]
        lists = [Name(n, t) if not n.startswith("@") else Field(n[1:], t) for n, t in scope.items() if t is T.INTS]
        roll = rng.random()
        if type_ in NUMERIC:
            if depth < 2 and roll < 0.35 and (same or lists):
                op = rng.choice(["+", "-", "*", "+", "/"] + (["%"] if type_ is T.INT else []))
                right = self.literal(type_) if rng.random() < 0.5 else self.expr(type_, scope, depth + 1)
                if op in "/%" and isinstance(right, Lit) and right.value in (0, 0.0):
                    right = Lit(2 if type_ is T.INT else 2.0, type_)
                return BinOp(op, self.expr(type_, scope, depth + 1), right, type_)
            if type_ is T.INT and lists and roll < 0.5:
                seq = rng.choice(lists)
                return Length(seq) if rng.random() < 0.6 else Index(seq, self.literal(T.INT) if not same
                                                                  else rng.choice(same))
            if depth < 2 and roll < 0.58 and len(same) >= 2:
                left, right = rng.sample(same, 2)
                return MinMax(rng.choice(["min", "max"]), left, right, type_)
            if same and roll < 0.9:
                return rng.choice(same)
            return self.literal(type_)
        if type_ is T.BOOL:
            if depth < 2 and roll < 0.2:
                return Logic(rng.choice(["and", "or"]), self.expr(T.BOOL, scope, depth + 1),
                             self.expr(T.BOOL, scope, depth + 1))
            if depth < 2 and roll < 0.3 and same:
                return Not(rng.choice(same))
            numeric = [t for t in NUMERIC if any(v is t for v in scope.values())]
            if roll < 0.85 and numeric:
                t = rng.choice(numeric)
                left = self.expr(t, scope, depth + 1)
                right = self.expr(t, scope, depth + 1) if rng.random() < 0.4 else self.literal(t)
                if right == left:  # `x < x` reads like a bug
                    right = self.literal(t)
                return Compare(rng.choice(["<", "<=", ">", ">=", "==", "!="]), left, right)
            if same:
                return rng.choice(same)
            return self.literal(T.BOOL)
        if type_ is T.STR:
            return rng.choice(same) if same and roll < 0.6 else self.literal(T.STR)
        raise ValueError(type_)

    # -- statements --
    def block(self, scope: dict[str, T], budget: int, depth: int, ret: T, in_loop: bool = False) -> list[Stmt]:
        """At most `budget` statements (nested ones count), ending in a return at depth 0."""
        rng = self.rng
        scope = dict(scope)
        out: list[Stmt] = []
        while budget > 0:
            kind = rng.choices(
                ["decl", "assign", "if", "for", "foreach", "while", "print", "append", "comment", "break"],
                weights=[5, 4, 3 if depth < 2 else 0, 2 if depth < 2 else 0,
                         2 if depth < 2 and self._lists(scope) else 0, 1 if depth < 1 else 0, 2,
                         2 if self.caps.lists and self._lists(scope) else 0, 1.2, 0.6 if in_loop else 0])[0]
            budget -= 1
            if kind == "decl":
                if self.caps.lists and rng.random() < 0.15:
                    name = self.var_name(plural=True)
                    scope[name] = T.INTS
                    out.append(Decl(name, T.INTS, Lit([], T.INTS)))
                    continue
                type_ = self.scalar_type()
                name = self.var_name()
                out.append(Decl(name, type_, self.expr(type_, scope)))
                scope[name] = type_
            elif kind == "assign":
                targets = [(n, t) for n, t in scope.items() if t in NUMERIC or t is T.BOOL]
                if not targets:
                    continue
                n, t = rng.choice(targets)
                target = Field(n[1:], t) if n.startswith("@") else Name(n, t)
                op = "+" if t in NUMERIC and rng.random() < 0.5 else None
                value = self.expr(t, scope)
                if value == target:  # `x = x` reads like a bug
                    value = self.literal(t)
                out.append(Assign(target, value, op))
            elif kind == "if":
                inner = max(1, min(budget, rng.randint(1, 2 + self.size)))
                budget -= inner
                body = self.block(scope, inner, depth + 1, ret, in_loop)
                orelse = None
                if rng.random() < 0.35 and budget > 0:
                    budget -= 1
                    orelse = self.block(scope, 1, depth + 1, ret, in_loop)
                out.append(If(self.expr(T.BOOL, scope), body, orelse))
            elif kind == "for":
                var = self._fresh(list(words.LOOP_VARS))
                stop = self.expr(T.INT, scope, 1)
                inner = max(1, min(budget, rng.randint(1, 2 + self.size)))
                budget -= inner
                body = self.block({**scope, var: T.INT}, inner, depth + 1, ret, True)
                out.append(ForRange(var, Lit(0, T.INT) if rng.random() < 0.8 else Lit(1, T.INT), stop, body))
            elif kind == "foreach":
                seq_name, _ = rng.choice(self._lists(scope))
                var = self._fresh(["x", "v", "item", "value", "elem"])
                inner = max(1, min(budget, rng.randint(1, 2 + self.size)))
                budget -= inner
                seq = Field(seq_name[1:], T.INTS) if seq_name.startswith("@") else Name(seq_name, T.INTS)
                out.append(ForEach(var, seq, self.block({**scope, var: T.INT}, inner, depth + 1, ret, True)))
            elif kind == "while":
                counters = [n for n, t in scope.items() if t is T.INT and not n.startswith("@")]
                if not counters:
                    continue
                counter = rng.choice(counters)
                inner = max(1, min(budget, rng.randint(1, 2 + self.size)))
                budget -= inner
                body = self.block(scope, inner, depth + 1, ret, True)
                body.append(Assign(Name(counter, T.INT), Lit(1, T.INT), "+"))
                out.append(While(Compare("<", Name(counter, T.INT), self.literal(T.INT)), body))
            elif kind == "print":
                printable = [(n, t) for n, t in scope.items() if t is not T.INTS]
                value = None
                if printable and rng.random() < 0.8:
                    n, t = rng.choice(printable)
                    value = Field(n[1:], t) if n.startswith("@") else Name(n, t)
                out.append(Print(self.message(), value))
            elif kind == "append":
                seq_name, _ = rng.choice(self._lists(scope))
                seq = Field(seq_name[1:], T.INTS) if seq_name.startswith("@") else Name(seq_name, T.INTS)
                out.append(Append(seq, self.expr(T.INT, scope)))
            elif kind == "comment":
                subject = rng.choice([n.lstrip("@") for n in scope] or ["value"])
                out.append(self.comment(subject))
            elif kind == "break":
                out.append(Break())
        if depth == 0 and ret is not T.VOID:
            out.append(Return(self.expr(ret, scope)))
        elif depth > 0 and ret is not T.VOID and rng.random() < 0.15:
            out.append(Return(self.expr(ret, scope)))
        return out

    @staticmethod
    def _lists(scope: dict[str, T]) -> list[tuple[str, T]]:
        return [(n, t) for n, t in scope.items() if t is T.INTS]

    def params(self, count: int) -> list[tuple[str, T]]:
        out = []
        for _ in range(count):
            if self.caps.list_params and self.rng.random() < 0.25:
                out.append((self.var_name(plural=True), T.INTS))
            else:
                type_ = self.scalar_type()
                out.append((self.var_name(), type_))
        return out

    def function(self, fields: dict[str, T] | None = None, budget: int | None = None) -> Function:
        rng = self.rng
        name = self.func_name()
        params = self.params(rng.randint(0 if fields is not None else 1, 3))
        ret = rng.choice([T.INT, T.INT, T.FLOAT, T.BOOL, T.VOID, T.STR] if self.caps.floats
                         else [T.INT, T.INT, T.BOOL, T.VOID, T.STR])
        scope: dict[str, T] = {f"@{n}": t for n, t in (fields or {}).items()}
        scope.update(dict(params))
        if budget is None:
            budget = rng.randint(1, 2) if self.size == 0 else rng.randint(2, 3 + 3 * self.size)
        body = self.block(scope, budget, 0, ret)
        doc = self.comment(params[0][0] if params else name) if rng.random() < 0.4 else None
        function = Function(name, params, ret, body, doc, is_method=fields is not None)
        _mark_mutations(function)
        self._callables.append(function)
        return function

    def class_def(self) -> ClassDef:
        rng = self.rng
        name = self._fresh([rng.choice(words.CLASS_NOUNS), rng.choice(words.CLASS_NOUNS) + "Manager"])
        fields = {self.var_name(): self.scalar_type() for _ in range(rng.randint(1, 3))}
        if self.caps.lists and rng.random() < 0.4:
            fields[self.var_name(plural=True)] = T.INTS
        free_functions = self._callables
        self._callables = []  # inside the class, only its own methods are callable (on the receiver)
        methods = [self.function(fields, rng.randint(1, 2 + self.size)) for _ in range(rng.randint(1, 2))]
        self._callables = free_functions
        doc = self.comment(name, subject_is_type=True) if rng.random() < 0.3 else None
        return ClassDef(name, list(fields.items()), methods, doc)

    def unit(self) -> Unit:
        rng = self.rng
        if self.size == 0:  # as small as a unit gets: one short function
            items: list[Union[Function, ClassDef]] = [self.function()]
        elif self.caps.classes and rng.random() < 0.3:
            items = [self.class_def()]
        else:
            items = [self.function() for _ in range(1 if rng.random() < 0.75 else 2)]
        return Unit(items, self.lang)


def _mark_mutations(function: Function) -> None:
    """Flag declarations that are reassigned (Rust `let mut`, Kotlin `var`) and methods that change fields."""
    assigned: set[str] = set()

    def walk(stmts: list[Stmt]) -> None:
        for stmt in stmts:
            if isinstance(stmt, Assign):
                if isinstance(stmt.target, Field):
                    function.mutates_self = True
                else:
                    assigned.add(stmt.target.name)
            elif isinstance(stmt, Append):
                if isinstance(stmt.seq, Field):
                    function.mutates_self = True
                else:
                    assigned.add(stmt.seq.name)
            for attr in ("body", "orelse"):
                child = getattr(stmt, attr, None)
                if child:
                    walk(child)

    def mark(stmts: list[Stmt]) -> None:
        for stmt in stmts:
            if isinstance(stmt, Decl):
                stmt.mutable = stmt.name in assigned
            for attr in ("body", "orelse"):
                child = getattr(stmt, attr, None)
                if child:
                    mark(child)

    walk(function.body)
    mark(function.body)
