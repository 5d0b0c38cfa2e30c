/**
 * Recursive descent: expression = term (('+' | '-') term)*, term = factor ('*' factor)*,
 * factor = number | '(' expression ')'.
 */
class Parser(text: String) {
    private val tokens = Regex("\\d+|[-+*()]").findAll(text).map { it.value }.toList()
    private var position = 0

    private fun peek(): String? = if (position < tokens.size) tokens[position] else null

    private fun take(): String = tokens[position++]

    fun expression(): Long {
        var value = term()
        while (peek() == "+" || peek() == "-") {
            val operator = take()
            val operand = term()
            value = if (operator == "+") value + operand else value - operand
        }
        return value
    }

    private fun term(): Long {
        var value = factor()
        while (peek() == "*") {
            take()
            value *= factor()
        }
        return value
    }

    private fun factor(): Long {
        val token = take()
        if (token == "(") {
            val value = expression()
            take() // the closing ")"
            return value
        }
        return token.toLong()
    }
}

fun main() {
    val text = System.`in`.bufferedReader().readLine()
    println(Parser(text).expression())
}
