def encode(word)
  word.chars.chunk_while { |previous, letter| previous == letter }
      .map { |run| "#{run[0]}#{run.size}" }
      .join
end

def main
  puts encode($stdin.read.strip)
end

main if __FILE__ == $PROGRAM_NAME
