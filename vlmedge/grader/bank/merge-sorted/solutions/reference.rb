def merge(first, second)
  merged = []
  i = j = 0
  while i < first.size && j < second.size
    if first[i] <= second[j]
      merged << first[i]
      i += 1
    else
      merged << second[j]
      j += 1
    end
  end
  merged + first[i..] + second[j..]
end

def main
  numbers = $stdin.read.split.map(&:to_i)
  n = numbers[0]
  first = numbers[1, n]
  m = numbers[1 + n]
  second = numbers[2 + n, m]
  puts merge(first, second).join(" ")
end

main if __FILE__ == $PROGRAM_NAME
