const val DIGITS = "0123456789ABCDEF"

fun toBase(number: Long, base: Int): String {
    if (number == 0L) {
        return "0"
    }
    val digits = StringBuilder()
    var remaining = Math.abs(number)
    while (remaining > 0) {
        digits.append(DIGITS[(remaining % base).toInt()])
        remaining /= base
    }
    if (number < 0) {
        digits.append('-')
    }
    return digits.reverse().toString()
}

fun main() {
    val (number, base) = System.`in`.bufferedReader().readLine().trim().split(Regex("\\s+"))
    println(toBase(number.toLong(), base.toInt()))
}
