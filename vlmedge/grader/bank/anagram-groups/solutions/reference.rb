def group_anagrams(words)
  groups = words.group_by { |word| word.chars.sort.join }
  groups.values.map(&:sort).sort_by(&:first)
end

def main
  tokens = $stdin.read.split
  count = tokens[0].to_i
  groups = group_anagrams(tokens[1, count])
  puts groups.size
  groups.each { |group| puts [group.size, *group].join(" ") }
end

main if __FILE__ == $PROGRAM_NAME
