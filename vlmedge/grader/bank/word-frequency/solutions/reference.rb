def main
  tokens = $stdin.read.split
  count = tokens[0].to_i
  frequencies = tokens[1, count].tally
  frequencies.sort_by { |word, times| [-times, word] }.each do |word, times|
    puts "#{word} #{times}"
  end
end

main if __FILE__ == $PROGRAM_NAME
