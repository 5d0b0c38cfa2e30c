val CLOSER_TO_OPENER = mapOf(')' to '(', ']' to '[', '}' to '{')

fun isBalanced(brackets: String): Boolean {
    val stack = ArrayList<Char>()
    for (bracket in brackets) {
        val opener = CLOSER_TO_OPENER[bracket]
        if (opener == null) {
            stack.add(bracket)
        } else if (stack.isEmpty() || stack.removeAt(stack.size - 1) != opener) {
            return false
        }
    }
    return stack.isEmpty()
}

fun main() {
    val tokens = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
    val count = tokens[0].toInt()
    val output = StringBuilder()
    for (brackets in tokens.subList(1, 1 + count)) {
        output.append(if (isBalanced(brackets)) "YES" else "NO").append('\n')
    }
    print(output)
}
