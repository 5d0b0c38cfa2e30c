def median(values)
  ordered = values.sort
  middle = ordered.size / 2
  return ordered[middle].to_f if ordered.size.odd?

  (ordered[middle - 1] + ordered[middle]) / 2.0
end

def main
  numbers = $stdin.read.split.map(&:to_i)
  count = numbers[0]
  puts format("%.6f", median(numbers[1, count]))
end

main if __FILE__ == $PROGRAM_NAME
