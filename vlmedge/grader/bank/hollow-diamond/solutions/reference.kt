/** Row [row] (1-based) of the top half. */
fun diamondLine(size: Int, row: Int): String {
    val indent = " ".repeat(size - row)
    if (row == 1) {
        return "$indent*"
    }
    return indent + "*" + " ".repeat(2 * row - 3) + "*"
}

fun diamond(size: Int): List<String> {
    val top = (1..size).map { row -> diamondLine(size, row) }
    return top + top.dropLast(1).reversed()
}

fun main() {
    val size = System.`in`.bufferedReader().readLine().trim().toInt()
    println(diamond(size).joinToString("\n"))
}
