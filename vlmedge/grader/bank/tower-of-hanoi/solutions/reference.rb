def hanoi(disks, source, target, spare, moves)
  return if disks.zero?

  hanoi(disks - 1, source, spare, target, moves)
  moves << [source, target]
  hanoi(disks - 1, spare, target, source, moves)
end

def main
  moves = []
  hanoi($stdin.read.to_i, 1, 3, 2, moves)
  puts moves.size
  moves.each { |from, to| puts "#{from} #{to}" }
end

main if __FILE__ == $PROGRAM_NAME
