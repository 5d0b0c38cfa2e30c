def fibonacci(n)
  previous, current = 0, 1
  n.times { previous, current = current, previous + current }
  previous
end

def main
  puts fibonacci($stdin.read.to_i)
end

main if __FILE__ == $PROGRAM_NAME
