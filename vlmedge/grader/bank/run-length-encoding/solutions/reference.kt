fun encode(word: String): String {
    val encoded = StringBuilder()
    var runStart = 0
    for (i in 1..word.length) {
        if (i == word.length || word[i] != word[runStart]) {
            encoded.append(word[runStart]).append(i - runStart)
            runStart = i
        }
    }
    return encoded.toString()
}

fun main() {
    val word = System.`in`.bufferedReader().readLine().trim()
    println(encode(word))
}
