"""Vocabulary for generated programs: identifier words, comments and messages in several natural languages.

Comment and message templates never contain characters that are special inside string literals or format
strings of some target language (quotes, backslash, braces, `$`, `%`, `#`), so every language can embed them
verbatim; literals that do exercise escapes come from `STRING_LITERALS`.
"""

from __future__ import annotations

NOUNS = (
    "user", "order", "item", "count", "total", "price", "node", "buffer", "index", "score", "result", "value",
    "name", "key", "cache", "queue", "stack", "matrix", "row", "column", "width", "height", "size", "limit",
    "offset", "amount", "balance", "level", "depth", "weight", "cost", "step", "grade", "student", "answer",
    "token", "line", "word", "page", "record", "entry", "event", "task", "job", "sample", "batch", "label",
    "target", "source", "path", "file", "message", "request", "response", "session", "account", "product",
    "invoice", "rate", "ratio", "delta", "sum", "average", "minimum", "maximum", "length", "capacity", "budget",
    "timeout", "attempt", "signal", "frame", "pixel", "color", "point", "vector", "edge", "graph",
)
# Keywords of some target language that a variable must not be named (Ruby `retry`, C# `event`, ...);
# the generator checks every name against this list.
RESERVED = frozenset("""
abstract and as async await base bool break case catch char checked class const continue def default defer
del delegate do double elif else elsif end ensure enum event explicit extern false final finally fixed float
fn for foreach from func function global go goto if impl implicit import in int interface internal is lambda
let lock long loop map match mod module mut namespace new next nil none not null object operator or out
override package params pass private protected pub public raise range readonly redo ref register rescue
retry return sbyte sealed select self short signed sizeof static string struct super switch template this
throw trait true try type typedef typeof uint undef union unless unsafe unsigned until use using var
virtual void volatile when where while with yield
""".split())
VERBS = (
    "get", "set", "compute", "find", "load", "parse", "update", "check", "build", "merge", "sort", "count",
    "apply", "reset", "scale", "filter", "collect", "validate", "process", "normalize", "read", "write",
    "format", "render", "encode", "decode", "insert", "remove", "search", "measure", "split", "join", "push",
    "pop", "clamp", "sum", "accumulate", "resolve", "schedule", "submit", "grade", "score", "rank",
)
ADJECTIVES = (
    "max", "min", "next", "prev", "last", "first", "current", "total", "local", "global", "raw", "new", "old",
    "best", "valid", "active", "pending", "final", "base", "default", "temp", "partial", "running", "visible",
)
CLASS_NOUNS = (
    "Account", "Order", "Inventory", "Matrix", "Counter", "Student", "Grade", "Queue", "Stack", "Buffer",
    "Parser", "Tokenizer", "Scheduler", "Cache", "Graph", "Node", "Vector", "Point", "Rectangle", "Circle",
    "Timer", "Logger", "Session", "Request", "Invoice", "Wallet", "Sensor", "Reader", "Writer", "Tracker",
)
LOOP_VARS = ("i", "j", "k", "idx", "n", "x", "v")

# {name} is filled with an identifier from the code; each template reads naturally in its language.
COMMENTS: dict[str, tuple[str, ...]] = {
    "en": (
        "compute the {name} for each entry", "check whether {name} is valid", "update {name} in place",
        "return early when {name} is empty", "TODO: handle negative {name}", "accumulate the running {name}",
        "keep {name} within bounds", "NOTE: {name} may be zero here", "fast path for small inputs",
        "reset {name} before the next pass", "skip entries without a {name}", "the caller owns {name}",
        "count how many items pass", "normalize {name} to the unit range", "clamp {name} to the limit",
    ),
    "zh": (
        "计算每个元素的 {name}", "检查 {name} 是否有效", "原地更新 {name}", "如果 {name} 为空则提前返回",
        "TODO: 处理负数的 {name}", "累加当前的 {name}", "保证 {name} 不越界", "注意: 这里 {name} 可能为零",
        "小规模输入的快速路径", "下一轮之前重置 {name}", "跳过没有 {name} 的记录", "统计满足条件的数量",
        "将 {name} 归一化", "把 {name} 限制在上限之内", "初始化结果列表",
    ),
    "ja": (
        "各要素の {name} を計算する", "{name} が有効か確認する", "{name} をその場で更新する",
        "{name} が空なら早期リターン", "TODO: 負の {name} を処理する", "合計を累積する", "範囲外アクセスを防ぐ",
        "次の処理の前に {name} をリセット", "条件を満たす件数を数える",
    ),
    "ko": (
        "각 항목의 {name} 계산", "{name} 값이 유효한지 확인", "{name} 업데이트", "{name} 비어 있으면 바로 반환",
        "합계를 누적한다", "범위를 벗어나지 않도록 제한",
    ),
    "ru": (
        "вычисляем {name} для каждого элемента", "проверяем, что {name} корректен", "обновляем {name} на месте",
        "выходим, если {name} пуст", "TODO: обработать отрицательный {name}", "накапливаем сумму",
        "ограничиваем {name} сверху", "сбрасываем {name} перед следующим шагом",
    ),
    "es": (
        "calcula el {name} de cada elemento", "comprueba si {name} es válido", "actualiza {name} en el sitio",
        "devuelve pronto si {name} está vacío", "TODO: manejar {name} negativo", "acumula la suma parcial",
        "limita {name} al máximo permitido",
    ),
    "de": (
        "berechnet {name} für jeden Eintrag", "prüft, ob {name} gültig ist", "aktualisiert {name} direkt",
        "früh zurückkehren, wenn {name} leer ist", "Summe aufaddieren", "{name} auf das Maximum begrenzen",
    ),
    "fr": (
        "calcule {name} pour chaque élément", "vérifie que {name} est valide", "met à jour {name} sur place",
        "retour anticipé si {name} est vide", "accumule la somme courante", "borne {name} à la limite",
    ),
}
# Messages printed by generated programs; same rule as COMMENTS (no escapes, braces, `$`, `%`, `#`).
MESSAGES: dict[str, tuple[str, ...]] = {
    "en": ("result", "total", "done", "invalid input", "value out of range", "processing", "found", "average",
           "score", "not found", "count"),
    "zh": ("结果", "总计", "完成", "输入无效", "数值越界", "正在处理", "找到", "平均值", "得分"),
    "ja": ("結果", "合計", "完了", "入力が不正です", "見つかりません"),
    "ko": ("결과", "합계", "완료", "잘못된 입력"),
    "ru": ("результат", "итого", "готово", "неверный ввод", "не найдено"),
    "es": ("resultado", "total", "listo", "entrada inválida", "no encontrado"),
    "de": ("Ergebnis", "Summe", "fertig", "ungültige Eingabe"),
    "fr": ("résultat", "total", "terminé", "entrée invalide"),
}
# String literal values; some carry characters that each language must escape.
STRING_LITERALS = (
    "alice", "bob", "config.json", "data/input.txt", "Hello, world", "N/A", "ok", "error", "utf-8",
    "line one\nline two", "tab\tseparated", "say \"hi\"", "C:\\temp", "你好，世界", "名前", "Привет",
    "año", "", " ", "2024-01-31", "SELECT * FROM users", "https://example.com/api",
)

# How often a unit's comments and messages are in each natural language (English first).
NATURAL_LANGUAGE_WEIGHTS = {"en": 0.55, "zh": 0.2, "ja": 0.05, "ko": 0.04, "ru": 0.06, "es": 0.04, "de": 0.03,
                            "fr": 0.03}
