/** The largest value strictly below the maximum, or null when all values are equal. */
fun secondLargest(values: List<Long>): Long? {
    val largest = values.max() ?: return null
    return values.filter { it < largest }.max()
}

fun main() {
    val tokens = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
    val count = tokens[0].toInt()
    val values = tokens.subList(1, 1 + count).map { it.toLong() }
    println(secondLargest(values)?.toString() ?: "NONE")
}
