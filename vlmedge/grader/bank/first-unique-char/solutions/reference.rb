def first_unique_index(word)
  counts = word.each_char.tally
  word.each_char.with_index { |letter, index| return index if counts[letter] == 1 }
  -1
end

def main
  puts first_unique_index($stdin.read.strip)
end

main if __FILE__ == $PROGRAM_NAME
