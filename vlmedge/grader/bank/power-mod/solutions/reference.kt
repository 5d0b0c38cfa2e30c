/** Exponentiation by squaring, reducing modulo [modulus] after every multiplication. */
fun powerMod(base: Long, exponent: Long, modulus: Long): Long {
    var result = 1 % modulus
    var square = base % modulus
    var remaining = exponent
    while (remaining > 0) {
        if (remaining % 2 == 1L) {
            result = result * square % modulus
        }
        square = square * square % modulus
        remaining /= 2
    }
    return result
}

fun main() {
    val (base, exponent, modulus) = System.`in`.bufferedReader().readLine().trim().split(Regex("\\s+"))
        .map { it.toLong() }
    println(powerMod(base, exponent, modulus))
}
