fun firstUniqueIndex(word: String): Int {
    val counts = IntArray(26)
    for (letter in word) {
        counts[letter - 'a']++
    }
    return word.indexOfFirst { counts[it - 'a'] == 1 }
}

fun main() {
    val word = System.`in`.bufferedReader().readLine().trim()
    println(firstUniqueIndex(word))
}
