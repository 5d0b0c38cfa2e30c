/** Euclid's algorithm; gcd(a, 0) = a. */
fun gcd(a: Long, b: Long): Long {
    var x = a
    var y = b
    while (y != 0L) {
        val remainder = x % y
        x = y
        y = remainder
    }
    return x
}

/** Divides before multiplying, so the product never exceeds the result. */
fun lcm(a: Long, b: Long): Long = a / gcd(a, b) * b

fun main() {
    val tokens = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
    val count = tokens[0].toInt()
    val values = tokens.subList(1, 1 + count).map { it.toLong() }
    var commonDivisor = values[0]
    var commonMultiple = values[0]
    for (value in values.drop(1)) {
        commonDivisor = gcd(commonDivisor, value)
        commonMultiple = lcm(commonMultiple, value)
    }
    println("$commonDivisor $commonMultiple")
}
