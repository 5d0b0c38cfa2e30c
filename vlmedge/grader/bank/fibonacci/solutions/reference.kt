/** F(90) needs 64 bits, so the values are kept in Longs. */
fun fibonacci(n: Int): Long {
    var previous = 0L
    var current = 1L
    repeat(n) {
        val next = previous + current
        previous = current
        current = next
    }
    return previous
}

fun main() {
    val n = System.`in`.bufferedReader().readLine().trim().toInt()
    println(fibonacci(n))
}
