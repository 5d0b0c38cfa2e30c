const val ALPHABET_SIZE = 26

fun shiftLetter(letter: Char, shift: Int, base: Char): Char =
    base + (letter - base + shift) % ALPHABET_SIZE

fun encrypt(text: String, shift: Long): String {
    val normalized = Math.floorMod(shift, ALPHABET_SIZE.toLong()).toInt()
    val result = StringBuilder()
    for (ch in text) {
        result.append(
            when (ch) {
                in 'a'..'z' -> shiftLetter(ch, normalized, 'a')
                in 'A'..'Z' -> shiftLetter(ch, normalized, 'A')
                else -> ch
            }
        )
    }
    return result.toString()
}

fun main() {
    val reader = System.`in`.bufferedReader()
    val shift = reader.readLine().trim().toLong()
    val text = reader.readLine() ?: ""
    println(encrypt(text, shift))
}
