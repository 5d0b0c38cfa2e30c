def palindrome?(word)
  lowered = word.downcase
  lowered == lowered.reverse
end

def main
  tokens = $stdin.read.split
  count = tokens[0].to_i
  tokens[1, count].each { |word| puts palindrome?(word) ? "YES" : "NO" }
end

main if __FILE__ == $PROGRAM_NAME
