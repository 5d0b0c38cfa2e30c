val SYMBOL_VALUES = mapOf('I' to 1, 'V' to 5, 'X' to 10, 'L' to 50, 'C' to 100, 'D' to 500, 'M' to 1000)

/** A symbol smaller than the one after it is subtracted, every other symbol is added. */
fun romanToInt(numeral: String): Int {
    var total = 0
    for (i in numeral.indices) {
        val value = SYMBOL_VALUES.getValue(numeral[i])
        val nextValue = if (i + 1 < numeral.length) SYMBOL_VALUES.getValue(numeral[i + 1]) else 0
        total += if (value < nextValue) -value else value
    }
    return total
}

fun main() {
    val tokens = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
    val count = tokens[0].toInt()
    val output = StringBuilder()
    for (numeral in tokens.subList(1, 1 + count)) {
        output.append(romanToInt(numeral)).append('\n')
    }
    print(output)
}
