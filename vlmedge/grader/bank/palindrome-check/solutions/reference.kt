/** Ignores letter case; the empty string is a palindrome. */
fun isPalindrome(word: String): Boolean {
    val lowered = word.toLowerCase()
    return lowered == lowered.reversed()
}

fun main() {
    val tokens = System.`in`.bufferedReader().readText().split(Regex("\\s+")).filter { it.isNotEmpty() }
    val count = tokens[0].toInt()
    val output = StringBuilder()
    for (word in tokens.subList(1, 1 + count)) {
        output.append(if (isPalindrome(word)) "YES" else "NO").append('\n')
    }
    print(output)
}
