/** Sieve of Eratosthenes over 0..limit. */
fun countPrimes(limit: Int): Int {
    if (limit < 2) {
        return 0
    }
    val composite = BooleanArray(limit + 1)
    var factor = 2
    while (factor.toLong() * factor <= limit) {
        if (!composite[factor]) {
            for (multiple in factor * factor..limit step factor) {
                composite[multiple] = true
            }
        }
        factor++
    }
    return (2..limit).count { !composite[it] }
}

fun main() {
    val limit = System.`in`.bufferedReader().readLine().trim().toInt()
    println(countPrimes(limit))
}
